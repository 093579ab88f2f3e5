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
/// state, so any number of documents can run through one processor at once. The processor only
/// composes the stages (see `Stages.swift`); what each one does lives in its own folder.
public struct DocumentProcessor: Sendable {
    /// Segment, then match: clean text in, matched text out.
    typealias Matching = ChainedStages<Segmenter, Matcher>
    /// Every stage before the records: a document in, its classified text out.
    typealias Reading = ChainedStages<DocumentCleaner, ChainedStages<Matching, Classifier>>

    /// The compiled lexicons.
    public let lexicon: CompiledLexicon
    /// Clean, segment, match, classify.
    let reading: Reading
    /// Records from the classified text and the document's raw bytes.
    let builder: RecordBuilder

    /// The first stage of ``reading``.
    var cleaning: DocumentCleaner { reading.first }
    /// The stages of ``reading`` from segmenting to matching.
    var matching: Matching { reading.second.first }
    /// The segmenter, the first stage of ``matching``.
    var segmenter: Segmenter { matching.first }
    /// The classifier, the last stage of ``reading``.
    var classifier: Classifier { reading.second.second }

    /// Creates a processor for `lexicon`.
    public init(lexicon: CompiledLexicon) {
        self.lexicon = lexicon
        let segmenter = Segmenter(
            tokenizer: Tokenizer(lexicon: lexicon), abbreviations: lexicon.sentenceAbbreviations)
        reading = DocumentCleaner(cues: lexicon.cleaning)
            .then(segmenter.then(Matcher(lexicon: lexicon)).then(Classifier(lexicon: lexicon)))
        builder = RecordBuilder(lexicon: lexicon)
    }

    /// Cleans a document: validates it and returns its main text.
    ///
    /// - Throws: ``MarrowError`` naming the document when it is empty, binary, badly encoded or
    ///   unparsable.
    public func clean(_ document: SourceDocument) throws -> CleanText {
        try cleaning.process(document)
    }

    /// Segments and matches a clean text.
    public func match(_ clean: CleanText) -> MatchedText {
        matching.process(clean)
    }

    /// Runs the whole pipeline on one document.
    ///
    /// - Throws: ``MarrowError`` when the document cannot be read as an article.
    public func process(_ document: SourceDocument) throws -> DocumentResult {
        let classified = try reading.process(document)
        let matched = classified.matched
        let records = builder.records(for: classified.findings, matched: matched, document: document)
        return DocumentResult(document: document, clean: matched.segmented.clean, records: records)
    }
}
