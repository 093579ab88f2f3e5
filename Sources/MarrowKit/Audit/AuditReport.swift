/// What `marrow audit TERM` answers: the claims about the concepts a term names, each with its
/// support and its evidence (from at most a given number of sources per claim).
public struct AuditReport: Codable, Sendable {
    /// One claim and its evidence.
    public struct ClaimEntry: Codable, Sendable {
        public var claim: EvidenceRecord.Claim
        public var subjectName: String
        /// The object concept's name ("Hay fever").
        public var objectName: String
        public var category: String
        /// The roles its evidence plays.
        public var roles: [String]
        public var support: Support
        /// The evidence of the sources shown, by source path then position.
        public var evidence: [EvidenceRow]
        /// Sources with evidence that is not shown (over the limit).
        public var sourcesNotShown: Int

        /// `… and 3 more sources`: what the reports say of the sources not shown.
        public var moreSources: String { "… and \(NounCount.text(sourcesNotShown, "more source"))" }

        /// The claim as a sentence ("Pollen causes hay fever").
        public var sentence: String {
            ClaimView.sentence(subject: subjectName, predicate: claim.predicate, object: objectName)
        }

        /// The flags its support earns.
        public var flags: [ClaimFlag] {
            ClaimFlag.flags(
                sources: support.sources, affirmed: support.affirmed, negated: support.negated,
                uncertain: support.uncertain)
        }
    }

    /// How many distinct sources affirm, deny or hedge a claim.
    public struct Support: Codable, Sendable {
        public var sources: Int
        public var affirmed: Int
        public var negated: Int
        public var uncertain: Int

        /// `3 sources: 2 affirm, 1 deny, 0 hedge`, as text and HTML reports both say it.
        public var summary: String {
            "\(NounCount.text(sources, "source")): \(affirmed) affirm, \(negated) deny, \(uncertain) hedge"
        }
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
    ///   - lexicon: resolves the term to concept ids, and names the objects.
    ///   - knowledgeBase: where the claims are.
    ///   - sources: show the evidence of at most this many sources per claim (all when `nil`).
    public static func build(term: String, lexicon: CompiledLexicon, knowledgeBase: KnowledgeBase, sources: Int? = nil)
        throws -> AuditReport
    {
        let concepts = lexicon.lookUp(term).map(\.id)
        var ids = concepts
        if ids.isEmpty { ids = [CueText.fold(term)] }
        let claims = try knowledgeBase.claims(subjects: ids).map { row in
            try entry(row, knowledgeBase: knowledgeBase, sources: sources, names: lexicon.name(of:))
        }
        return AuditReport(term: term, concepts: concepts, claims: claims)
    }

    /// One claim's entry, with the evidence of at most `sources` sources.
    static func entry(_ row: ClaimRow, knowledgeBase: KnowledgeBase, sources: Int?, names: (String) -> String?) throws
        -> ClaimEntry
    {
        let evidence = try knowledgeBase.evidence(claim: row.id, sources: sources)
        let shown = Set(evidence.map(\.source.id)).count
        return ClaimEntry(
            claim: .init(subject: row.subject, predicate: row.predicate, object: row.object),
            subjectName: row.subjectName, objectName: names(row.object) ?? row.object, category: row.category,
            roles: row.roles,
            support: .init(
                sources: row.sources, affirmed: row.affirmed, negated: row.negated, uncertain: row.uncertain),
            evidence: evidence, sourcesNotShown: max(0, row.sources - shown))
    }

    /// The report as text for a terminal: each claim, each source, the passage with the mention
    /// marked `»like this«`, and the raw byte ranges.
    public func renderText() -> String {
        var out = ""
        if claims.isEmpty {
            out +=
                concepts.isEmpty
                ? "No concept in the lexicons is named '\(TerminalText.escape(term))'. Try its id, name or a synonym (see Lexicons/*.lex).\n"
                : "No claims about \(concepts.joined(separator: ", ")) in the knowledge base.\n"
            return out
        }
        for entry in claims {
            let support = entry.support
            out += "\(entry.sentence)\n"
            out += "  \(support.summary)   [\(entry.category)]\n"
            var lastSource = ""
            for evidence in entry.evidence {
                if evidence.source.id != lastSource {
                    lastSource = evidence.source.id
                    out +=
                        "\n  \(TerminalText.escape(evidence.source.title ?? "(untitled)")) — \(TerminalText.escape(evidence.source.publisher ?? "publisher unknown"))\n"
                    let facts = [
                        evidence.source.author.map { "by \($0)" }, evidence.source.published.map { "published \($0)" },
                        evidence.source.reviewed.map { "reviewed \($0)" },
                    ].compactMap { $0 }
                    if !facts.isEmpty { out += "  " + TerminalText.escape(facts.joined(separator: ", ")) + "\n" }
                    out +=
                        "  \(TerminalText.escape(evidence.source.path))  sha256 \(evidence.source.sha256.prefix(12))…\n"
                }
                let section =
                    evidence.passage.section.isEmpty
                    ? "" : "  § " + evidence.passage.section.joined(separator: " › ") + "\n"
                out +=
                    "    [\(evidence.assertion)] mention bytes \(evidence.mention.byteStart)..<\(evidence.mention.byteEnd), passage bytes \(evidence.passage.byteStart)..<\(evidence.passage.byteEnd)\n"
                out += section.isEmpty ? "" : "  " + TerminalText.escape(section, keepingNewlines: true)
                out += "      \"\(TerminalText.escape(AuditReport.marked(evidence)))\"\n"
            }
            if entry.sourcesNotShown > 0 {
                out += "\n  \(entry.moreSources) (--all shows every one)\n"
            }
            out += "\n"
        }
        return out
    }

    /// The passage with the mention wrapped in `»…«`.
    static func marked(_ evidence: EvidenceRow) -> String {
        let parts = evidence.passageParts()
        return parts.before + "»" + parts.mention + "«" + parts.after
    }
}

extension EvidenceRow {
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
