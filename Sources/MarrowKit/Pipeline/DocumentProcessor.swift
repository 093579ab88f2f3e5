/// Everything the pipeline produced for one document.
public struct DocumentResult: Sendable {
    /// The document as read.
    public var document: SourceDocument
    /// Its clean text.
    public var clean: CleanText
    /// Its evidence records, in text order.
    public var records: [EvidenceRecord]
}

/// The whole pipeline for one document: clean, segment, match, classify, build records.
///
/// A pure function of the document's bytes and the compiled lexicons: no I/O, no shared mutable
/// state, so any number of documents can run through one processor at once.
public struct DocumentProcessor: Sendable {
    /// The compiled lexicons.
    public let lexicon: CompiledLexicon
    let textCleaner: TextCleaner
    let htmlCleaner: HTMLCleaner
    let segmenter: Segmenter
    let matcher: Matcher
    let classifier: Classifier
    let builder: RecordBuilder

    /// Creates a processor for `lexicon`.
    public init(lexicon: CompiledLexicon) {
        self.lexicon = lexicon
        textCleaner = TextCleaner(cues: lexicon.cleaning)
        htmlCleaner = HTMLCleaner(cues: lexicon.cleaning)
        segmenter = Segmenter(
            tokenizer: Tokenizer(lexicon: lexicon), abbreviations: lexicon.sentenceAbbreviations)
        matcher = Matcher(lexicon: lexicon)
        classifier = Classifier(lexicon: lexicon)
        builder = RecordBuilder(lexicon: lexicon)
    }

    /// Cleans a document: validates it and returns its main text.
    ///
    /// - Throws: ``MarrowError`` naming the document when it is empty, binary, badly encoded or
    ///   unparsable.
    public func clean(_ document: SourceDocument) throws -> CleanText {
        try InputValidator.validate(document.raw, mediaType: document.mediaType, path: document.path)
        let clean: CleanText
        switch document.mediaType {
        case .text: clean = textCleaner.clean(document)
        case .html: clean = try htmlCleaner.clean(document)
        }
        if clean.blocks.isEmpty {
            throw MarrowError(
                .emptyInput, "no article text found (everything looked like page chrome or boilerplate)",
                at: SourceLocation(path: document.path))
        }
        return clean
    }

    /// Segments and matches a clean text.
    public func match(_ clean: CleanText) -> MatchedText {
        matcher.match(segmenter.segment(clean))
    }

    /// Runs the whole pipeline on one document.
    ///
    /// - Throws: ``MarrowError`` when the document cannot be read as an article.
    public func process(_ document: SourceDocument) throws -> DocumentResult {
        let clean = try clean(document)
        let matched = match(clean)
        let findings = classifier.classify(matched)
        let records = builder.records(for: findings, matched: matched, document: document)
        return DocumentResult(document: document, clean: clean, records: records)
    }
}
