import Foundation

/// W3C Web Annotation (JSON-LD) for a report: one annotation per piece of evidence, targeting the
/// mention in its source with a TextQuoteSelector (exact, prefix, suffix) and a
/// TextPositionSelector (Unicode scalar offsets in the clean text, as the spec counts).
public struct WebAnnotationPage: Codable, Sendable {
    /// One annotation.
    public struct Annotation: Codable, Sendable {
        /// `urn:marrow:evidence:<evidence id>`.
        public var id: String
        /// `Annotation`.
        public var type = "Annotation"
        /// `classifying`: the annotation classifies the mention as evidence for a claim.
        public var motivation = "classifying"
        /// The claim, the role and the assertion.
        public var body: [Body]
        /// The source and the mention's place in it.
        public var target: Target
    }

    /// A textual body: the claim, the role, the assertion.
    public struct Body: Codable, Sendable {
        /// `TextualBody`.
        public var type = "TextualBody"
        /// `classifying` (the claim), `tagging` (the role) or `assessing` (the assertion).
        public var purpose: String
        /// The text.
        public var value: String
    }

    /// The annotated source and where in it.
    public struct Target: Codable, Sendable {
        /// The source's URL when known, else its path.
        public var source: String
        /// A quote selector and a position selector.
        public var selector: [Selector]
    }

    /// A TextQuoteSelector or TextPositionSelector.
    public struct Selector: Codable, Sendable {
        /// `TextQuoteSelector` or `TextPositionSelector`.
        public var type: String
        /// The mention, exactly (quote selector).
        public var exact: String?
        /// Up to ``WebAnnotationPage/contextLength`` scalars of the passage before it (quote selector).
        public var prefix: String?
        /// Up to ``WebAnnotationPage/contextLength`` scalars of the passage after it (quote selector).
        public var suffix: String?
        /// The first scalar of the mention in the clean text (position selector).
        public var start: Int?
        /// The scalar after the mention in the clean text (position selector).
        public var end: Int?
    }

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type, items
    }

    /// The JSON-LD context.
    public var context = "http://www.w3.org/ns/anno.jsonld"
    /// `AnnotationPage`.
    public var type = "AnnotationPage"
    /// The annotations, in report order.
    public var items: [Annotation]

    /// How many scalars of context the quote selector carries on each side.
    public static let contextLength = 32

    /// Builds the annotations for every piece of evidence in `report`.
    public init(_ report: AuditReport) {
        items = report.claims.flatMap { entry in
            entry.evidence.map { evidence in
                let parts = evidence.passageParts(context: WebAnnotationPage.contextLength)
                let claim = "\(entry.claim.subject) \(entry.claim.predicate) \(entry.claim.object)"
                return Annotation(
                    id: "urn:marrow:evidence:\(evidence.id)",
                    body: [
                        Body(purpose: "classifying", value: claim),
                        Body(purpose: "tagging", value: evidence.role),
                        Body(purpose: "assessing", value: evidence.assertion),
                    ],
                    target: Target(
                        source: evidence.source.url ?? evidence.source.path,
                        selector: [
                            Selector(type: "TextQuoteSelector", exact: parts.mention, prefix: parts.before, suffix: parts.after),
                            Selector(type: "TextPositionSelector", start: evidence.mention.start, end: evidence.mention.end),
                        ]))
            }
        }
    }

    /// The page as pretty-printed JSON-LD with sorted keys.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
