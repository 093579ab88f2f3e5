extension Explanation {
    /// The explanation as text, the way `marrow explain` prints it.
    public var report: String {
        let explanation = self
        var out =
            "section: \(explanation.section.isEmpty ? "(none)" : explanation.section.joined(separator: " › ")) [\(explanation.sectionKind.rawValue)]\n"
        out +=
            "tokens: "
            + explanation.tokens.map { $0.abbreviation.map { a in "\(a)!" } ?? $0.key }.joined(separator: " ") + "\n"
        out +=
            "cues:\n"
            + (explanation.cues.isEmpty
                ? "  (none)\n"
                : explanation.cues.map { "  '\($0.text)'  \($0.kinds.joined(separator: ", "))\n" }.joined())
        out += "mentions:\n"
        if explanation.mentions.isEmpty { out += "  (none: no lexicon term in the text; try --term)\n" }
        for mention in explanation.mentions {
            var attributes: [String] = []
            if mention.hypothetical { attributes.append("hypothetical") }
            if mention.historical { attributes.append("historical") }
            if mention.experiencer == .other { attributes.append("experienced by someone else") }
            out += "  '\(mention.text)' → \(mention.concept): \(mention.role.rawValue), \(mention.assertion.rawValue)"
            out += attributes.isEmpty ? "" : " (\(attributes.joined(separator: ", ")))"
            out += mention.role == .other ? " (no claim)\n" : ", object \(mention.object)\n"
            for reason in mention.reasons { out += "      - \(reason)\n" }
        }
        return out
    }
}
