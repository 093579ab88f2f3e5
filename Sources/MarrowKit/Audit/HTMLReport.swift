import Foundation

extension AuditReport {
    /// The report for every claim in the knowledge base (what `marrow report` writes).
    ///
    /// - Parameter knowledgeBase: where the claims are.
    public static func buildAll(knowledgeBase: KnowledgeBase) throws -> AuditReport {
        let claims = try knowledgeBase.claims().map { support in
            ClaimEntry(
                claim: .init(subject: support.subject, predicate: support.predicate, object: support.object),
                subjectName: support.subjectName, category: support.category,
                support: .init(sources: support.sources, affirmed: support.affirmed, negated: support.negated, uncertain: support.uncertain),
                evidence: try knowledgeBase.evidence(claim: support.id))
        }
        return AuditReport(term: "", concepts: [], claims: claims)
    }

    /// The flags a claim's support earns (single-source, contested, hedged-only).
    public static func flags(_ support: Support) -> [KnowledgeBase.ClaimFlag] {
        KnowledgeBase.ClaimFlag.flags(for: .init(id: "", subject: "", subjectName: "", predicate: "", object: "", category: "",
                                                 sources: support.sources, affirmed: support.affirmed, negated: support.negated, uncertain: support.uncertain))
    }

    /// The role a claim's evidence plays most often (ties go to the earlier role).
    static func role(of entry: ClaimEntry) -> String {
        var counts: [String: Int] = [:]
        for evidence in entry.evidence { counts[evidence.role, default: 0] += 1 }
        let order = Role.allCases.map(\.rawValue)
        return counts.sorted { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value > rhs.value }
            return (order.firstIndex(of: lhs.key) ?? order.count, lhs.key) < (order.firstIndex(of: rhs.key) ?? order.count, rhs.key)
        }.first?.key ?? "other"
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
        let sourceCount = Set(claims.flatMap { $0.evidence.map(\.source.id) }).count
        let evidenceCount = claims.reduce(0) { $0 + $1.evidence.count }
        out += "<p class=\"summary\">\(claims.count) claim\(claims.count == 1 ? "" : "s") from \(sourceCount) source\(sourceCount == 1 ? "" : "s"), \(evidenceCount) passage\(evidenceCount == 1 ? "" : "s") of evidence.</p>\n"
        out += "<p class=\"legend\"><span class=\"assertion affirmed\">affirmed</span> <span class=\"assertion negated\">negated</span> <span class=\"assertion uncertain\">uncertain</span> — the highlighted words are the mention the claim was read from.</p>\n</header>\n"
        if claims.isEmpty {
            out += "<p class=\"empty\">No claims\(term.isEmpty ? " in the knowledge base" : " about \(HTML.escape(term))").</p>\n</body>\n</html>\n"
            return out
        }
        let contested = claims.filter { AuditReport.flags($0.support).contains(.contested) }
        if !contested.isEmpty {
            out += "<aside class=\"contested-list\"><h2>Contested claims</h2><p>Some sources affirm these, others deny them.</p><ul>\n"
            for entry in contested {
                out += "<li><a href=\"#\(AuditReport.anchor(entry))\">\(HTML.escape(AuditReport.sentence(entry)))</a> — \(entry.support.affirmed) affirm, \(entry.support.negated) deny</li>\n"
            }
            out += "</ul></aside>\n"
        }
        let roleOrder = Role.allCases.map(\.rawValue)
        let byRole = Dictionary(grouping: claims, by: AuditReport.role(of:))
        let roles = byRole.keys.sorted { (roleOrder.firstIndex(of: $0) ?? roleOrder.count, $0) < (roleOrder.firstIndex(of: $1) ?? roleOrder.count, $1) }
        out += "<nav><ul>\n"
        for role in roles {
            out += "<li><a href=\"#role-\(HTML.escape(role))\">\(HTML.escape(AuditReport.roleHeading(role)))</a> (\(byRole[role]?.count ?? 0))</li>\n"
        }
        out += "</ul></nav>\n<main>\n"
        for role in roles {
            let entries = byRole[role] ?? []
            out += "<section class=\"role\" id=\"role-\(HTML.escape(role))\">\n<h2>\(HTML.escape(AuditReport.roleHeading(role)))</h2>\n"
            let byCategory = Dictionary(grouping: entries, by: \.category)
            for category in byCategory.keys.sorted() {
                out += "<section class=\"category\">\n<h3>\(HTML.escape(category))</h3>\n"
                for entry in byCategory[category] ?? [] { out += AuditReport.renderClaim(entry) }
                out += "</section>\n"
            }
            out += "</section>\n"
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static func renderClaim(_ entry: ClaimEntry) -> String {
        let flags = AuditReport.flags(entry.support)
        let support = entry.support
        var out = "<article class=\"claim\(flags.map { " " + $0.rawValue }.joined())\" id=\"\(AuditReport.anchor(entry))\">\n"
        out += "<h4>\(HTML.escape(AuditReport.sentence(entry)))</h4>\n"
        out += "<p class=\"support\">\(support.sources) source\(support.sources == 1 ? "" : "s"): \(support.affirmed) affirm, \(support.negated) deny, \(support.uncertain) hedge"
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
        out += "</article>\n"
        return out
    }

    static func renderPassage(_ evidence: KnowledgeBase.AuditEvidence) -> String {
        let parts = evidence.passageParts()
        let assertion = HTML.escape(evidence.assertion)
        var out = "<blockquote class=\"passage \(assertion)\"><span class=\"assertion \(assertion)\">\(assertion)</span> "
        out += HTML.escape(parts.before) + "<mark>" + HTML.escape(parts.mention) + "</mark>" + HTML.escape(parts.after)
        var footer: [String] = []
        if !evidence.passage.section.isEmpty { footer.append("§ " + HTML.escape(evidence.passage.section.joined(separator: " › "))) }
        footer.append("bytes \(evidence.passage.byteStart)–\(evidence.passage.byteEnd), mention \(evidence.mention.byteStart)–\(evidence.mention.byteEnd)")
        out += "<footer>" + footer.joined(separator: " · ") + "</footer></blockquote>\n"
        return out
    }

    static func sentence(_ entry: ClaimEntry) -> String {
        "\(entry.subjectName) \(entry.claim.predicate.replacingOccurrences(of: "_", with: " ")) \(entry.claim.object)"
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
