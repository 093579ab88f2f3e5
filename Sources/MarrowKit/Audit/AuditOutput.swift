import Foundation

extension AuditReport {
    /// How `marrow audit` writes a report.
    public enum Format: String, Sendable, CaseIterable {
        /// Text for a terminal (``renderText()``).
        case text
        /// The report as indented JSON.
        case json
        /// One self-contained HTML page.
        case html
        /// W3C Web Annotation JSON-LD, one annotation per piece of evidence.
        case annotations
    }

    /// How `marrow report` writes every claim of a knowledge base.
    public enum PageFormat: String, Sendable, CaseIterable {
        /// One self-contained HTML page.
        case html
        /// W3C Web Annotation JSON-LD.
        case annotations
    }

    /// The report in `format`, as UTF-8.
    ///
    /// - Throws: what encoding JSON throws.
    public func rendered(as format: Format) throws -> Data {
        switch format {
        case .text: return Data(renderText().utf8)
        case .json: return try PrettyJSON.encode(self)
        case .html: return Data(renderHTML().utf8)
        case .annotations: return try WebAnnotationPage(self).encoded()
        }
    }

    /// What the report holds, for the line that says where it was written.
    public func description(format: Format) -> String {
        let evidence = claims.reduce(0) { $0 + $1.evidence.count }
        return "the audit of '\(term)' (\(claims.count) claims, \(evidence) pieces of evidence, \(format.rawValue))"
    }

    /// The exit status `marrow audit` ends with: 0 with claims, 1 when the term names concepts
    /// without claims, 2 when it names none.
    public var exitStatus: Int32 { claims.isEmpty ? (concepts.isEmpty ? 2 : 1) : 0 }

    /// Writes every claim of `knowledgeBase` as one page in `format`, streamed claim by claim,
    /// with the evidence of at most `top` sources per claim (all when `nil`).
    ///
    /// - Parameters:
    ///   - names: the display name of a concept id.
    ///   - output: receives the page piece by piece.
    public static func writePage(
        _ format: PageFormat, knowledgeBase: KnowledgeBase, top: Int?, names: (String) -> String?,
        to output: (String) throws -> Void
    ) throws {
        switch format {
        case .html: try writeHTML(knowledgeBase: knowledgeBase, top: top, names: names, to: output)
        case .annotations: try WebAnnotationPage.write(knowledgeBase: knowledgeBase, top: top, names: names, to: output)
        }
    }
}
