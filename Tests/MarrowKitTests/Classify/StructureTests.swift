import Foundation
import MarrowTestSupport
import Testing

@testable import MarrowKit

/// Claims that survive markup which says nothing about structure.
@Suite("Structure: flat markup keeps the claims")
struct StructureTests {
    /// The article's blocks as flat HTML: every heading an `h2`, whatever its level, lists as `ul`.
    static func flatHTML(_ clean: CleanText) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        var html = "<!DOCTYPE html><html><head><title>Flat</title></head><body><article>\n"
        var inList = false
        for block in clean.blocks {
            let text = escape(clean.text(block.range))
            if block.kind == .listItem {
                if !inList { html += "<ul>\n" }
                inList = true
                html += "<li>\(text)</li>\n"
                continue
            }
            if inList { html += "</ul>\n" }
            inList = false
            html += block.kind.headingLevel != nil ? "<h2>\(text)</h2>\n" : "<p>\(text)</p>\n"
        }
        if inList { html += "</ul>\n" }
        return html + "</article></body></html>\n"
    }

    @Test(
        "every claim of a corpus article is found when its headings are all h2 (category sub-headings lose their parent)"
    )
    func flatMarkupParity() throws {
        let topic = try #require(Repository.lexicon.conceptTable.first { $0.roles.contains(.topic) }).id
        var total = 0
        for result in Repository.corpusResults {
            let page = SourceDocument(
                path: result.document.path + ".flat.html", raw: Array(Self.flatHTML(result.clean).utf8),
                mediaType: .html)
            let flat = try Repository.processor.process(page)
            func claims(_ records: [EvidenceRecord]) -> Set<String> {
                Set(records.filter { $0.claim.object == topic }.map { "\($0.role.rawValue):\($0.concept.id)" })
            }
            let fromText = claims(result.records)
            total += fromText.count
            #expect(
                fromText.isSubset(of: claims(flat.records)),
                "\(result.document.path) loses \(fromText.subtracting(claims(flat.records)).sorted())")
            // Levels read from content: a claim the article makes under a causes heading (through a
            // category sub-heading) is still read in a causes section.
            func inCauseSections(_ records: [EvidenceRecord]) -> Set<String> {
                claims(records.filter { $0.passage.sectionKind == .cause })
            }
            #expect(
                inCauseSections(result.records).isSubset(of: inCauseSections(flat.records)),
                "\(result.document.path): \(inCauseSections(result.records).subtracting(inCauseSections(flat.records)).sorted())"
            )
        }
        #expect(total > 100)
    }
}
