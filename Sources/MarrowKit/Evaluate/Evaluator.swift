/// Runs the pipeline on documents and scores its claims against gold claims: the scorer as a tool
/// for lexicon curators (`marrow eval`).
public struct Evaluator: Sendable {
    /// The pipeline.
    public let processor: DocumentProcessor

    /// Creates an evaluator.
    public init(processor: DocumentProcessor) { self.processor = processor }

    /// What the pipeline made of one document: its records, and every mention it classified
    /// (claims or not) with its passage and reasons, for reporting misses.
    public struct Analysis: Sendable {
        /// The document's name (file name up to the first `.`).
        public var document: String
        /// Its evidence records.
        public var records: [EvidenceRecord]
        /// Every classified mention, claims and others, in text order.
        var findings: [(folded: String, evidence: Evaluation.Evidence)]
        /// Every sentence: its text and folded text.
        var sentences: [(folded: String, text: String)]
        /// Every classified mention's decision, in text order.
        var decisions: [Decision]
    }

    /// Runs the pipeline on one document.
    ///
    /// - Throws: ``MarrowError`` when the document cannot be read as an article.
    public func analyze(_ document: SourceDocument) throws -> Analysis {
        let clean = try processor.clean(document)
        let matched = processor.match(clean)
        let findings = processor.classifier.explain(matched)
        let records = processor.builder.records(for: findings, matched: matched, document: document)
        let segmented = matched.segmented
        let lexicon = processor.lexicon
        let evidence = findings.map { finding in
            let text = clean.text(finding.mention.range)
            return (
                SurfaceMatch.fold(text),
                Evaluation.Evidence(
                    mention: text, concept: lexicon.conceptTable[finding.mention.concept].id, role: finding.role,
                    assertion: finding.assertion,
                    passage: clean.text(segmented.sentences[finding.mention.sentence].range),
                    reasons: finding.reasons.map(\.description))
            )
        }
        let topic = processor.lexicon.conceptTable.firstIndex { $0.roles.contains(.topic) }
        let decisions = zip(findings, evidence).map {
            Decision($0, text: $1.1.mention, folded: $1.0, concept: $1.1.concept ?? "", topic: topic)
        }
        let sentences = segmented.sentences.map { sentence in
            let text = clean.text(sentence.range)
            return (SurfaceMatch.fold(text), text)
        }
        return Analysis(
            document: GoldClaim.documentName(document.path), records: records, findings: evidence, sentences: sentences,
            decisions: decisions)
    }

    /// Scores analysed documents against gold claims.
    ///
    /// Only documents the gold names are scored; only claims whose object is `topic` count.
    public static func score(gold: [GoldClaim], analyses: [Analysis], topic: String) -> Evaluation {
        let goldDocuments = Set(gold.map(\.document))
        let byDocument = Dictionary(analyses.map { ($0.document, $0) }, uniquingKeysWith: { first, _ in first })
        struct Key: Hashable, Comparable {
            var document: String, role: Role, concept: String
            static func < (a: Key, b: Key) -> Bool { (a.document, a.role, a.concept) < (b.document, b.role, b.concept) }
        }
        var predicted: [Key: [EvidenceRecord]] = [:]
        for analysis in analyses where goldDocuments.contains(analysis.document) {
            for record in analysis.records
            where (record.role == .cause || record.role == .treatment) && record.claim.object == topic {
                predicted[Key(document: analysis.document, role: record.role, concept: record.concept.id), default: []]
                    .append(record)
            }
        }
        let foldedSurfaces = gold.map { $0.surfaces.map(SurfaceMatch.fold) }
        var found: [Int: [Assertion]] = [:]
        var counts: [Role: Evaluation.Counts] = [.cause: .init(), .treatment: .init()]
        var falsePositives: [Evaluation.FalsePositive] = []
        for (key, records) in predicted.sorted(by: { $0.key < $1.key }) {
            var hit = false
            for (index, line) in gold.enumerated() where line.document == key.document && line.role == key.role {
                let assertions = records.filter {
                    SurfaceMatch.matchesFolded(SurfaceMatch.fold($0.mention.text), foldedSurfaces[index])
                }.map(\.assertion)
                if !assertions.isEmpty {
                    hit = true
                    found[index, default: []] += assertions
                }
            }
            counts[key.role, default: .init()].predicted += 1
            if hit {
                counts[key.role, default: .init()].correct += 1
            } else {
                falsePositives.append(
                    .init(document: key.document, role: key.role, concept: key.concept, evidence: records.map(evidence))
                )
            }
        }
        var misses: [Evaluation.Miss] = []
        var assertionErrors: [Evaluation.AssertionError] = []
        var assertionRight = 0
        for (index, line) in gold.enumerated() {
            counts[line.role, default: .init()].gold += 1
            let reported = Evaluation.GoldLine(
                document: line.document, role: line.role, concept: line.concept, surfaces: line.surfaces,
                assertion: line.assertion, line: line.line)
            guard let assertions = found[index] else {
                misses.append(
                    .init(
                        gold: reported,
                        evidence: byDocument[line.document].map { places(in: $0, naming: foldedSurfaces[index]) } ?? [])
                )
                continue
            }
            counts[line.role, default: .init()].found += 1
            let firmest = assertions.max { firmness($0) < firmness($1) } ?? .affirmed
            if firmest == line.assertion {
                assertionRight += 1
            } else {
                let records = predicted.filter { $0.key.document == line.document && $0.key.role == line.role }.sorted {
                    $0.key < $1.key
                }.flatMap(\.value)
                    .filter { SurfaceMatch.matchesFolded(SurfaceMatch.fold($0.mention.text), foldedSurfaces[index]) }
                assertionErrors.append(.init(gold: reported, predicted: firmest, evidence: records.map(evidence)))
            }
        }
        var overall = Evaluation.Counts()
        for role in [Role.cause, .treatment] {
            let role = counts[role] ?? .init()
            overall.gold += role.gold
            overall.found += role.found
            overall.predicted += role.predicted
            overall.correct += role.correct
        }
        let present = Set(analyses.map(\.document))
        return Evaluation(
            roles: counts, overall: overall, assertionRight: assertionRight, misses: misses,
            falsePositives: falsePositives,
            assertionErrors: assertionErrors, missingDocuments: goldDocuments.subtracting(present).sorted(),
            rules: ruleCounts(gold: gold, foldedSurfaces: foldedSurfaces, found: Set(found.keys), analyses: analyses))
    }

    /// Affirmed is firmest, then uncertain, then negated.
    static func firmness(_ assertion: Assertion) -> Int {
        switch assertion {
        case .affirmed: 2
        case .uncertain: 1
        case .negated: 0
        }
    }

    static func evidence(_ record: EvidenceRecord) -> Evaluation.Evidence {
        Evaluation.Evidence(
            mention: record.mention.text, concept: record.concept.id, role: record.role, assertion: record.assertion,
            passage: record.passage.text, reasons: record.why)
    }

    /// What the pipeline made of the places that name a surface: the mentions there, or the
    /// sentences holding a surface no mention covers.
    static func places(in analysis: Analysis, naming surfaces: [String]) -> [Evaluation.Evidence] {
        let mentions = analysis.findings.filter { SurfaceMatch.matchesFolded($0.folded, surfaces) }.map(\.evidence)
        if !mentions.isEmpty { return mentions }
        return analysis.sentences.filter { sentence in
            surfaces.contains { !$0.isEmpty && " \(sentence.folded) ".contains(" \($0) ") }
        }.map {
            Evaluation.Evidence(mention: "", concept: nil, role: nil, assertion: nil, passage: $0.text, reasons: [])
        }
    }
}

extension Evaluator {
    /// Reads the gold file and the documents at `paths` (files or folders), runs the pipeline on
    /// each and scores its claims about the lexicons' topic.
    ///
    /// - Returns: the evaluation, and one error per document that could not be read or processed
    ///   (it is left out of the scores; its gold lines count as missed).
    /// - Throws: ``MarrowError`` when the gold file cannot be read or the lexicons name no topic.
    public func evaluate(goldPath: String, paths: [String]) throws -> (evaluation: Evaluation, failures: [MarrowError])
    {
        let gold = try GoldClaim.read(path: goldPath)
        guard let topic = processor.lexicon.conceptTable.first(where: { $0.roles.contains(.topic) })?.id else {
            throw MarrowError(.lexicon, "the lexicons name no topic, so no claim can be scored")
        }
        let (references, failures) = SourceReader().references(for: paths)
        var errors = failures
        var analyses: [Analysis] = []
        for reference in references where reference.path != goldPath {
            do {
                analyses.append(try analyze(try reference.load()))
            } catch let error as MarrowError {
                errors.append(error)
            }
        }
        return (Evaluator.score(gold: gold, analyses: analyses, topic: topic), errors)
    }
}
