// The stages of ``DocumentProcessor``, each with what it reads and what it produces:
//
//     SourceDocument ─ DocumentCleaner → CleanText ─ Segmenter → SegmentedText
//       ─ Matcher → MatchedText ─ Classifier → ClassifiedText
//
// and then ``RecordBuilder``, which turns the classified text into evidence records with the
// document's raw bytes beside it. Each stage's own type lives in its folder; the conformances are
// here, in one place, so the chain reads top to bottom.

/// Validates a document and takes its main text out: the text cleaner for plain text, the HTML
/// cleaner for pages.
public struct DocumentCleaner: PipelineStage {
    let text: TextCleaner
    let html: HTMLCleaner

    /// Creates a cleaner that uses `cues` for both media types.
    public init(cues: CleaningCues) {
        text = TextCleaner(cues: cues)
        html = HTMLCleaner(cues: cues)
    }

    /// Validates a document and returns its main text.
    ///
    /// - Parameter document: the document as read.
    /// - Returns: its clean text, with the offset map back to the raw bytes.
    /// - Throws: ``MarrowError`` naming the document when it is empty, binary, badly encoded or
    ///   unparsable, or when nothing of it looks like article text.
    public func process(_ document: SourceDocument) throws -> CleanText {
        try InputValidator.validate(document.raw, mediaType: document.mediaType, path: document.path)
        let clean: CleanText
        switch document.mediaType {
        case .text: clean = text.clean(document)
        case .html: clean = try html.clean(document)
        }
        if clean.blocks.isEmpty {
            throw MarrowError(
                .emptyInput, "no article text found (everything looked like page chrome or boilerplate)",
                at: SourceLocation(path: document.path))
        }
        return clean
    }
}

extension Segmenter: PipelineStage {
    /// Cuts a clean text into sections, sentences and tokens (``segment(_:)``).
    public func process(_ clean: CleanText) -> SegmentedText { segment(clean) }
}

extension Matcher: PipelineStage {
    /// Finds the mentions and cues of a segmented text (``match(_:)``).
    public func process(_ segmented: SegmentedText) -> MatchedText { match(segmented) }
}

/// A matched text with the claim-making findings the classifier drew from it.
public struct ClassifiedText: Sendable {
    /// The matched text the findings come from.
    public let matched: MatchedText
    /// Every claim-making finding, in text order.
    public let findings: [Finding]
}

extension Classifier: PipelineStage {
    /// Classifies every mention of a matched text (``classify(_:)``), keeping the text beside the
    /// findings for the records.
    public func process(_ matched: MatchedText) -> ClassifiedText {
        ClassifiedText(matched: matched, findings: classify(matched))
    }
}
