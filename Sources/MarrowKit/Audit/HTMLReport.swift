extension AuditReport {
    /// The report for every claim in the knowledge base, in memory (for a small knowledge base;
    /// ``writeHTML(knowledgeBase:top:names:title:to:)`` streams a large one).
    ///
    /// - Parameter sources: the evidence of at most this many sources per claim (all when `nil`).
    public static func buildAll(
        knowledgeBase: KnowledgeBase, sources: Int? = nil, names: (String) -> String? = { _ in nil }
    ) throws -> AuditReport {
        let claims = try knowledgeBase.claims().map {
            try entry($0, knowledgeBase: knowledgeBase, sources: sources, names: names)
        }
        return AuditReport(term: "", concepts: [], claims: claims)
    }

    /// Writes the report for every claim in the knowledge base (what `marrow report` writes) as
    /// one self-contained HTML page, streamed claim by claim: memory holds one claim's evidence at
    /// a time, and the page holds at most `top` sources' passages per claim (all when `nil`), so
    /// its size is bounded by the number of claims, not by the knowledge base.
    ///
    /// - Parameters:
    ///   - names: the display name of a concept id.
    ///   - output: receives the page piece by piece.
    public static func writeHTML(
        knowledgeBase: KnowledgeBase, top: Int?, names: (String) -> String?, title: String? = nil,
        to output: (String) throws -> Void
    ) throws {
        let rows = try knowledgeBase.claims()
        let stats = try knowledgeBase.statistics()
        let heading = title ?? "Marrow knowledge base report"
        try output(
            pageHeader(
                heading: heading, claims: rows.count, sources: stats.sources, evidence: stats.evidence,
                top: top))
        let skeleton = rows.map { row in
            ClaimEntry(
                claim: .init(subject: row.subject, predicate: row.predicate, object: row.object),
                subjectName: row.subjectName,
                objectName: names(row.object) ?? row.object, category: row.category, roles: row.roles,
                support: .init(
                    sources: row.sources, affirmed: row.affirmed, negated: row.negated, uncertain: row.uncertain),
                evidence: [], sourcesNotShown: 0)
        }
        let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        try body(
            skeleton, empty: "No claims in the knowledge base.",
            fill: { entry in
                try byID[entry.claim.id].map {
                    try AuditReport.entry($0, knowledgeBase: knowledgeBase, sources: top, names: names)
                } ?? entry
            }, emit: output)
    }

    /// The report as one self-contained HTML page: claims grouped by role and category, each
    /// source with title, publisher and dates, each passage with the mention highlighted and its
    /// assertion shown, contested claims called out at the top.
    ///
    /// Everything that comes from sources or lexicons is escaped, and the page carries a content
    /// security policy that forbids scripts, so a scraped page cannot run code in the report.
    ///
    /// - Parameter title: the page heading; defaults to one naming the term.
    public func renderHTML(title: String? = nil) -> String {
        let heading = title ?? (term.isEmpty ? "Marrow knowledge base report" : "Marrow audit: \(term)")
        let sources = Set(claims.flatMap { $0.evidence.map(\.source.id) }).count
        let evidence = claims.reduce(0) { $0 + $1.evidence.count }
        var out = AuditReport.pageHeader(
            heading: heading, claims: claims.count, sources: sources, evidence: evidence, top: nil)
        // The entries are complete already: filling them is the identity, and nothing here throws.
        try? AuditReport.body(
            claims, empty: "No claims\(term.isEmpty ? " in the knowledge base" : " about \(term)").", fill: { $0 },
            emit: { out += $0 })
        return out
    }

    static func pageHeader(heading: String, claims: Int, sources: Int, evidence: Int, top: Int?) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(heading))</title>
            <style>\(HTML.style)</style>
            </head>
            <body>
            <header><h1>\(HTML.escape(heading))</h1>

            """
        out +=
            "<p class=\"summary\">\(NounCount.text(claims, "claim")) from \(NounCount.text(sources, "source")), \(NounCount.text(evidence, "passage")) of evidence"
        if let top { out += "; at most \(NounCount.text(top, "source")) shown per claim" }
        out += ".</p>\n"
        out +=
            "<p class=\"legend\"><span class=\"assertion affirmed\">affirmed</span> <span class=\"assertion negated\">negated</span> <span class=\"assertion uncertain\">uncertain</span> — the highlighted words are the mention the claim was read from.</p>\n</header>\n"
        return out
    }

    /// The page after its header: the contested list, the navigation, and every claim grouped by
    /// role and category; `fill` completes an entry's evidence just before it is written.
    static func body(
        _ entries: [ClaimEntry], empty: String, fill: (ClaimEntry) throws -> ClaimEntry, emit: (String) throws -> Void
    ) throws {
        if entries.isEmpty {
            try emit("<p class=\"empty\">\(HTML.escape(empty))</p>\n</body>\n</html>\n")
            return
        }
        var out = ""
        let contested = entries.filter { $0.flags.contains(.contested) }
        if !contested.isEmpty {
            out +=
                "<aside class=\"contested-list\"><h2>Contested claims</h2><p>Some sources affirm these, others deny them.</p><ul>\n"
            for entry in contested {
                out +=
                    "<li><a href=\"#\(AuditReport.anchor(entry))\">\(HTML.escape(entry.sentence))</a> — \(entry.support.affirmed) affirm, \(entry.support.negated) deny</li>\n"
            }
            out += "</ul></aside>\n"
        }
        let roleOrder = Role.allCases.map(\.rawValue)
        let byRole = Dictionary(grouping: entries, by: { $0.roles.first ?? "other" })
        let roles = byRole.keys.sorted {
            (roleOrder.firstIndex(of: $0) ?? roleOrder.count, $0) < (
                roleOrder.firstIndex(of: $1) ?? roleOrder.count, $1
            )
        }
        out += "<nav><ul>\n"
        for role in roles {
            out +=
                "<li><a href=\"#role-\(HTML.escape(role))\">\(HTML.escape(AuditReport.roleHeading(role)))</a> (\(byRole[role]?.count ?? 0))</li>\n"
        }
        out += "</ul></nav>\n<main>\n"
        try emit(out)
        for role in roles {
            let inRole = byRole[role] ?? []
            try emit(
                "<section class=\"role\" id=\"role-\(HTML.escape(role))\">\n<h2>\(HTML.escape(AuditReport.roleHeading(role)))</h2>\n"
            )
            let byCategory = Dictionary(grouping: inRole, by: \.category)
            for category in byCategory.keys.sorted() {
                try emit("<section class=\"category\">\n<h3>\(HTML.escape(category))</h3>\n")
                for entry in byCategory[category] ?? [] { try emit(AuditReport.renderClaim(try fill(entry))) }
                try emit("</section>\n")
            }
            try emit("</section>\n")
        }
        try emit("</main>\n</body>\n</html>\n")
    }

    static func renderClaim(_ entry: ClaimEntry) -> String {
        let flags = entry.flags
        let support = entry.support
        var out =
            "<article class=\"claim\(flags.map { " " + $0.rawValue }.joined())\" id=\"\(AuditReport.anchor(entry))\">\n"
        out += "<h4>\(HTML.escape(entry.sentence))</h4>\n"
        out +=
            "<p class=\"support\">\(support.summary)"
        for flag in flags { out += " <span class=\"flag \(flag.rawValue)\">\(flag.rawValue)</span>" }
        out += "</p>\n"
        var index = 0
        while index < entry.evidence.count {
            let source = entry.evidence[index].source
            out += "<div class=\"source\">\n<h5>\(HTML.escape(source.title ?? "(untitled)"))</h5>\n<p class=\"meta\">"
            var facts = [HTML.escape(source.publisher ?? "publisher unknown")]
            if let author = source.author { facts.append("by " + HTML.escape(author)) }
            if let published = source.published { facts.append("published " + HTML.escape(published)) }
            if let reviewed = source.reviewed { facts.append("reviewed " + HTML.escape(reviewed)) }
            if let url = source.url { facts.append("<span class=\"url\">" + HTML.escape(url) + "</span>") }
            facts.append("<code>" + HTML.escape(source.path) + "</code>")
            facts.append("sha256 <code>" + HTML.escape(String(source.sha256.prefix(12))) + "…</code>")
            out += facts.joined(separator: " · ") + "</p>\n"
            while index < entry.evidence.count, entry.evidence[index].source.id == source.id {
                out += renderPassage(entry.evidence[index])
                index += 1
            }
            out += "</div>\n"
        }
        if entry.sourcesNotShown > 0 {
            out +=
                "<p class=\"more\">\(entry.moreSources) (<code>marrow audit \(HTML.escape(entry.claim.subject)) --all</code> lists every one).</p>\n"
        }
        out += "</article>\n"
        return out
    }

    static func renderPassage(_ evidence: EvidenceRow) -> String {
        let parts = evidence.passageParts()
        let assertion = HTML.escape(evidence.assertion)
        var out =
            "<blockquote class=\"passage \(assertion)\"><span class=\"assertion \(assertion)\">\(assertion)</span> "
        out += HTML.escape(parts.before) + "<mark>" + HTML.escape(parts.mention) + "</mark>" + HTML.escape(parts.after)
        var footer: [String] = []
        if !evidence.passage.section.isEmpty {
            footer.append("§ " + HTML.escape(evidence.passage.section.joined(separator: " › ")))
        }
        footer.append(
            "bytes \(evidence.passage.byteStart)–\(evidence.passage.byteEnd), mention \(evidence.mention.byteStart)–\(evidence.mention.byteEnd)"
        )
        out += "<footer>" + footer.joined(separator: " · ") + "</footer></blockquote>\n"
        return out
    }

    static func anchor(_ entry: ClaimEntry) -> String {
        "claim-" + entry.claim.id
    }

    static func roleHeading(_ role: String) -> String {
        switch role {
        case "cause": return "Causes"
        case "treatment": return "Treatments"
        case "symptom": return "Symptoms"
        case "diagnostic": return "Diagnostics"
        default: return role.prefix(1).uppercased() + role.dropFirst()
        }
    }
}

/// HTML text helpers.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe in element
    /// content and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static let style = """
        body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#222;background:#fff}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:2px solid #ccc;margin-top:2rem}
        h3{color:#555;text-transform:capitalize}h4{margin:.2rem 0;font-size:1.1rem}h5{margin:.6rem 0 0;font-size:1rem}
        .summary,.legend{color:#555;margin:.2rem 0}
        nav ul{display:flex;gap:1.5rem;list-style:none;padding:0}
        .claim{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
        .claim.contested{border:2px solid #c0392b;background:#fff6f5}
        .support{margin:.2rem 0;color:#333}
        .flag{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:3px;background:#eee;margin-left:.3rem}
        .flag.contested{background:#c0392b;color:#fff}.flag.hedged-only{background:#f1c40f}
        .meta{font-size:.85rem;color:#666;margin:.1rem 0 .3rem}
        blockquote{margin:.3rem 0 .6rem;padding:.3rem .8rem;border-left:4px solid #999;background:#fafafa}
        blockquote.affirmed{border-color:#27ae60}blockquote.negated{border-color:#c0392b}blockquote.uncertain{border-color:#f39c12}
        blockquote footer{font-size:.8rem;color:#777}
        mark{background:#ffe066;padding:0 .1rem;font-weight:600}
        .assertion{font-size:.75rem;text-transform:uppercase;padding:0 .3rem;border-radius:3px;color:#fff;background:#999}
        .assertion.affirmed{background:#27ae60}.assertion.negated{background:#c0392b}.assertion.uncertain{background:#f39c12}
        .contested-list{border:2px solid #c0392b;border-radius:6px;padding:.2rem 1rem;background:#fff6f5}
        .contested-list h2{border:none;margin-top:.5rem;color:#c0392b}
        code{font-size:.8rem}
        """
}
