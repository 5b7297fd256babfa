import StanceLogCore
import StanceLogTimeline

/// Renders a ``ReportModel`` as one self-contained HTML page.
///
/// No script, font or stylesheet is loaded from anywhere: charts are inline SVG
/// and the page reads the same with JavaScript off and on paper.
public struct HTMLReport: Sendable {
    public let model: ReportModel

    public init(model: ReportModel) {
        self.model = model
    }

    public func render() -> String {
        let palette = PartyPalette(parties: model.parties)
        let names = Dictionary(model.parties.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            \(LinkPolicy.contentSecurityPolicy)
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(model.title))</title>
            <style>
            \(ReportStyle.css)
            </style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(model.title))</h1>
            <p class="meta">Valid time \(day(model.window.lowerBound)) to \(day(model.window.upperBound)) · \
            from the log up to event \(model.logPosition) · \(model.articles.count) articles</p>
            <nav><a href="#charts">Charts</a><a href="#diff">Changes</a><a href="#state">State</a><a href="#sources">Sources</a></nav>
            </header>
            <main>
            <section id="charts">
            <h2>How the stances moved</h2>
            <p class="note">Lines step at each change of a party's combined stance; marks are single statements \
            (bars span a month or year when the date is known only that precisely). Hover a mark for its evidence.</p>

            """
        html += legend(palette: palette)
        for topic in model.topics {
            html += "<figure id=\"topic-\(HTMLText.escape(topic.id.rawValue))\">\n"
            html += "<h3>\(HTMLText.escape(topic.id.rawValue))</h3>\n"
            html += "<p class=\"question\">\(HTMLText.escape(topic.question))</p>\n"
            if topic.series.isEmpty {
                html += "<p class=\"note\">No statements on this topic in the selection.</p>\n"
            } else {
                html += StanceChart(topic: topic, window: model.window, palette: palette, partyNames: names).render()
            }
            html += "</figure>\n"
        }
        html += "</section>\n"
        html += diffSection() + stateSection() + sourcesSection()
        html += "</main>\n"
        if let head = model.head {
            html += "<footer><p class=\"meta\">Chain head <code>\(HTMLText.escape(head))</code>: check a copy of the log with "
                + "<code>stancelog verify --expect-head \(HTMLText.escape(head))</code></p></footer>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    private func legend(palette: PartyPalette) -> String {
        let shown = Set(model.topics.flatMap { $0.series.map(\.party) })
        var out = "<ul class=\"legend\">\n"
        for party in model.parties where shown.contains(party.id) {
            let dash = palette.dash(party.id)
            out += "<li><svg width=\"28\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"28\" y2=\"5\" "
                + "stroke=\"\(palette.colour(party.id))\" stroke-width=\"3\""
                + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/></svg>"
                + "<strong>\(HTMLText.escape(party.id.rawValue))</strong> \(HTMLText.escape(party.name))</li>\n"
        }
        return out + "</ul>\n"
    }

    private func diffSection() -> String {
        let diff = model.diff
        var out = """
            <section id="diff">
            <h2>What changed from \(diff.from) to \(diff.to)</h2>
            <div class="table-scroll"><table>
            <thead><tr><th>Party</th><th>Topic</th><th>At \(diff.from)</th><th>At \(diff.to)</th><th>Change</th>\
            <th>Changes between</th><th>Statements between</th></tr></thead>
            <tbody>

            """
        for row in diff.rows {
            out += "<tr><td>\(HTMLText.escape(row.party.rawValue))</td><td>\(HTMLText.escape(row.topic.rawValue))</td>"
            out += "<td>\(evidenceCell(row.from))</td><td>\(evidenceCell(row.to))</td>"
            out += "<td class=\"stance\">\(change(from: row.from?.stance, to: row.to?.stance))</td>"
            out += "<td>\(path(row.changes))</td>"
            out += "<td>\(row.statementsBetween)</td></tr>\n"
        }
        return out + "</tbody></table></div>\n</section>\n"
    }

    private func stateSection() -> String {
        let parties = model.parties.filter { party in model.state.cells.contains { $0.party == party.id } }
        var cells: [String: ReportEvidence] = [:]
        for cell in model.state.cells { cells["\(cell.party.rawValue)|\(cell.topic.rawValue)"] = cell.latest }
        var out = """
            <section id="state">
            <h2>Where each party stood at \(model.state.at)</h2>
            <div class="table-scroll"><table>
            <thead><tr><th>Party</th>
            """
        for topic in model.topics { out += "<th>\(HTMLText.escape(topic.id.rawValue))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for party in parties {
            out += "<tr><th scope=\"row\">\(HTMLText.escape(party.id.rawValue))</th>"
            for topic in model.topics {
                if let evidence = cells["\(party.id.rawValue)|\(topic.id.rawValue)"] {
                    out += "<td class=\"s\(evidence.stance.value)\">\(evidenceCell(evidence))</td>"
                } else {
                    out += "<td>–</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></div>\n</section>\n"
    }

    private func sourcesSection() -> String {
        var out = """
            <section id="sources">
            <h2>Sources</h2>
            <div class="table-scroll"><table>
            <thead><tr><th>Published</th><th>Title</th><th>Outlet</th><th>Statements</th><th>Article id</th></tr></thead>
            <tbody>

            """
        for article in model.articles {
            let title = HTMLText.escape(article.title ?? "(untitled)")
            let linked = article.url.flatMap(LinkPolicy.linkable).map { "<a href=\"\(HTMLText.escape($0))\">\(title)</a>" } ?? title
            out += "<tr><td>\(article.published)</td><td>\(linked)</td>"
            out += "<td>\(HTMLText.escape(article.outlet ?? "–"))</td><td>\(article.statements)</td>"
            out += "<td><code>\(article.id.short)</code></td></tr>\n"
        }
        return out + "</tbody></table></div>\n</section>\n"
    }

    private func evidenceCell(_ evidence: ReportEvidence?) -> String {
        guard let evidence else { return "unknown" }
        return "<span class=\"stance\">\(evidence.stance) \(evidence.stance.label)</span> · \(evidence.date)"
            + "<blockquote>\(HTMLText.escape(evidence.evidence))</blockquote>"
    }

    private func path(_ changes: [ReportEvidence]) -> String {
        guard !changes.isEmpty else { return "none" }
        return changes.map { change in
            "<span title=\"\(HTMLText.escape(change.evidence))\">\(change.date): \(change.stance) \(change.stance.label)</span>"
        }.joined(separator: " →<br>")
    }

    private func change(from: Stance?, to: Stance?) -> String {
        guard let from, let to else { return to == nil ? "–" : "new" }
        let delta = to.value - from.value
        if delta == 0 { return "=" }
        return delta > 0 ? "<span class=\"up\">▲ +\(delta)</span>" : "<span class=\"down\">▼ \(delta)</span>"
    }

    private func day(_ yyyymmdd: Int) -> String {
        let text = String(yyyymmdd)
        guard text.count == 8 else { return text }
        return "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))"
    }
}
