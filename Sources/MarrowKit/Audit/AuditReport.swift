/// What `marrow audit TERM` answers: the claims about the concepts a term names, each with its
/// support and every piece of evidence.
public struct AuditReport: Codable, Sendable {
    /// One claim and its evidence.
    public struct ClaimEntry: Codable, Sendable {
        public var claim: EvidenceRecord.Claim
        public var subjectName: String
        public var category: String
        public var support: Support
        public var evidence: [KnowledgeBase.AuditEvidence]
    }

    /// How many distinct sources affirm, deny or hedge a claim.
    public struct Support: Codable, Sendable {
        public var sources: Int
        public var affirmed: Int
        public var negated: Int
        public var uncertain: Int
    }

    /// The term asked for.
    public var term: String
    /// The concept ids it resolved to.
    public var concepts: [String]
    /// The claims, most-supported first.
    public var claims: [ClaimEntry]

    /// Builds the report for `term`.
    ///
    /// - Parameters:
    ///   - term: a concept id, name or any of its terms.
    ///   - lexicon: resolves the term to concept ids.
    ///   - knowledgeBase: where the claims are.
    public static func build(term: String, lexicon: CompiledLexicon, knowledgeBase: KnowledgeBase) throws -> AuditReport {
        let concepts = lexicon.lookUp(term).map(\.id)
        var ids = concepts
        if ids.isEmpty { ids = [CueText.fold(term)] }
        let claims = try knowledgeBase.claims(subjects: ids).map { support in
            ClaimEntry(
                claim: .init(subject: support.subject, predicate: support.predicate, object: support.object),
                subjectName: support.subjectName, category: support.category,
                support: .init(sources: support.sources, affirmed: support.affirmed, negated: support.negated, uncertain: support.uncertain),
                evidence: try knowledgeBase.evidence(claim: support.id))
        }
        return AuditReport(term: term, concepts: concepts, claims: claims)
    }

    /// The report as text for a terminal: each claim, each source, the passage with the mention
    /// marked `»like this«`, and the raw byte ranges.
    public func renderText() -> String {
        var out = ""
        if claims.isEmpty {
            out += concepts.isEmpty
                ? "No concept in the lexicons is named '\(term)'. Try its id, name or a synonym (see Lexicons/*.lex).\n"
                : "No claims about \(concepts.joined(separator: ", ")) in the knowledge base.\n"
            return out
        }
        for entry in claims {
            let support = entry.support
            out += "\(entry.subjectName) \(entry.claim.predicate) \(entry.claim.object)\n"
            out += "  \(support.sources) source\(support.sources == 1 ? "" : "s"): \(support.affirmed) affirm, \(support.negated) deny, \(support.uncertain) hedge   [\(entry.category)]\n"
            var lastSource = ""
            for evidence in entry.evidence {
                if evidence.source.id != lastSource {
                    lastSource = evidence.source.id
                    out += "\n  \(evidence.source.title ?? "(untitled)") — \(evidence.source.publisher ?? "publisher unknown")\n"
                    let facts = [evidence.source.author.map { "by \($0)" }, evidence.source.published.map { "published \($0)" },
                                 evidence.source.reviewed.map { "reviewed \($0)" }].compactMap { $0 }
                    if !facts.isEmpty { out += "  " + facts.joined(separator: ", ") + "\n" }
                    out += "  \(evidence.source.path)  sha256 \(evidence.source.sha256.prefix(12))…\n"
                }
                let section = evidence.passage.section.isEmpty ? "" : "  § " + evidence.passage.section.joined(separator: " › ") + "\n"
                out += "    [\(evidence.assertion)] mention bytes \(evidence.mention.byteStart)..<\(evidence.mention.byteEnd), passage bytes \(evidence.passage.byteStart)..<\(evidence.passage.byteEnd)\n"
                out += section.isEmpty ? "" : "  " + section
                out += "      \"\(AuditReport.marked(evidence))\"\n"
            }
            out += "\n"
        }
        return out
    }

    /// The passage with the mention wrapped in `»…«`.
    static func marked(_ evidence: KnowledgeBase.AuditEvidence) -> String {
        let parts = evidence.passageParts()
        return parts.before + "»" + parts.mention + "«" + parts.after
    }
}

extension KnowledgeBase.AuditEvidence {
    /// The passage cut around the mention: the text before it (at most `context` scalars when
    /// given), the mention as it stands in the passage, and the text after it.
    public func passageParts(context: Int? = nil) -> (before: String, mention: String, after: String) {
        let scalars = Array(passage.text.unicodeScalars)
        let start = max(0, min(scalars.count, mention.start - passage.start))
        let end = max(start, min(scalars.count, mention.end - passage.start))
        func text(_ part: ArraySlice<Unicode.Scalar>) -> String {
            var string = ""
            string.unicodeScalars.append(contentsOf: part)
            return string
        }
        let from = context.map { max(0, start - $0) } ?? 0
        let to = context.map { min(scalars.count, end + $0) } ?? scalars.count
        return (text(scalars[from..<start]), text(scalars[start..<end]), text(scalars[end..<to]))
    }
}
