import Foundation
import StanceLogCore
import StanceLogTimeline

/// Renders a ``ReportModel`` as one self-contained HTML page.
///
/// No script, font or stylesheet is loaded from anywhere (a Content-Security-Policy
/// forbids it): charts are inline SVG and the page reads the same with JavaScript
/// off and on paper. From the top: what changed (the diff labels), a lane per party
/// within each topic, the diff with evidence at both ends, the state matrix on a
/// diverging colour scale, and the sources.
public struct HTMLReport: Sendable {
    public let model: ReportModel
    /// Where chart marks and evidence link: anchors within the page for a file, the server's pages for the live view.
    public let links: ReportLinks
    /// The articles the sources table lists, which anchors can point at.
    private let listed: Set<ArticleID>

    public init(model: ReportModel, links: ReportLinks = .anchors) {
        self.model = model
        self.links = links
        listed = Set(model.articles.map(\.id))
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
            from the log up to event \(model.logPosition) · \(counted(model.articles.count, "article"))</p>
            <nav><a href="#summary">What changed</a><a href="#charts">Charts</a><a href="#diff">Changes</a>\
            <a href="#state">State</a><a href="#sources">Sources</a></nav>
            </header>
            <main>

            """
        html += summarySection()
        html += """
            <section id="charts">
            <h2>How the stances moved</h2>
            <p class="note">One lane per party, from −2 rejects (bottom) to +2 demands (top); the darker line is 0 \
            ambivalent. Lines step at each change of the party's combined stance; marks are single statements \
            (bars span a month or year when the date is known only that precisely). Hover a mark for its evidence; click it for its source.</p>

            """
        html += legend(palette: palette)
        for topic in model.topics {
            html += "<figure id=\"topic-\(HTMLText.escape(topic.id.rawValue))\">\n"
            html += "<h3>\(HTMLText.escape(topic.id.rawValue))</h3>\n"
            html += "<p class=\"question\">\(HTMLText.escape(topic.question))</p>\n"
            if topic.series.isEmpty {
                html += "<p class=\"note\">No statements on this topic in the selection.</p>\n"
            } else {
                html += StanceLanes(
                    topic: topic, window: model.window, palette: palette, partyNames: names, links: links, listed: listed
                ).render()
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

    /// The order in which the summary lists the moves: the news first.
    private static let summaryOrder: [StanceMove] = [.reversed, .hardened, .softened, .roundTrip, .new, .unchanged]

    private func summarySection() -> String {
        let diff = model.diff
        var out = "<section id=\"summary\">\n<h2>What changed from \(diff.from) to \(diff.to)</h2>\n"
        guard !diff.rows.isEmpty else { return out + "<p class=\"note\">No stance is known by \(diff.to).</p>\n</section>\n" }
        let grouped = Dictionary(grouping: diff.rows) { $0.storyMove }
        out += "<ul class=\"moves\">\n"
        for move in Self.summaryOrder {
            guard let rows = grouped[move], !rows.isEmpty else { continue }
            out += "<li><span class=\"move \(Self.moveClass(move))\">\(move)</span> <strong>\(rows.count)</strong>: "
            out += rows.map { row in
                let from = row.start.map { "\($0.stance)" } ?? "–"
                let to = row.to.map { "\($0.stance)" } ?? "–"
                let since = row.from == nil ? row.start.map { " <small>(first \($0.date))</small>" } ?? "" : ""
                return "<span class=\"pair\">\(HTMLText.escape(row.party.rawValue)) "
                    + "\(HTMLText.escape(row.topic.rawValue)) \(move == .unchanged ? to : "\(from) → \(to)")\(since)</span>"
            }.joined(separator: ", ")
            out += "</li>\n"
        }
        out += "</ul>\n"
        if diff.rows.contains(where: { $0.from == nil }) {
            out += "<p class=\"note\">A stance first stated after \(diff.from) is compared from that first statement "
                + "(the table below labels it <span class=\"move new\">new</span>).</p>\n"
        }
        return out + "</section>\n"
    }

    static func moveClass(_ move: StanceMove) -> String {
        move.rawValue.map { $0 == " " ? "-" : String($0) }.joined()
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
        out += "<li class=\"marks\"><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\" r=\"4.5\" fill=\"#5a6270\"/></svg>extracted"
            + " <svg width=\"14\" height=\"14\" aria-hidden=\"true\"><path d=\"M7,1 l6,6 l-6,6 l-6,-6 z\" fill=\"#5a6270\" stroke=\"#1b1f23\" stroke-width=\"1.5\"/></svg>analyst or corrected"
            + " <svg width=\"12\" height=\"12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\" r=\"4.5\" fill=\"#fff\" stroke=\"#5a6270\" stroke-width=\"1.5\"/></svg>low confidence</li>\n"
        return out + "</ul>\n"
    }

    private func diffSection() -> String {
        let diff = model.diff
        var out = """
            <section id="diff">
            <h2>Each stance from \(diff.from) to \(diff.to)</h2>
            <div class="table-scroll"><table class="cards">
            <thead><tr><th>Party</th><th>Topic</th><th>Move</th><th>At \(diff.from)</th><th>At \(diff.to)</th>\
            <th>Changes between</th><th>Statements between</th></tr></thead>
            <tbody>

            """
        for row in diff.rows {
            out += "<tr><td data-label=\"Party\">\(HTMLText.escape(row.party.rawValue))</td>"
            out += "<td data-label=\"Topic\">\(HTMLText.escape(row.topic.rawValue))</td>"
            out += "<td data-label=\"Move\">"
                + (row.move.map { "<span class=\"move \(Self.moveClass($0))\">\($0)</span>" } ?? "–") + "</td>"
            out += "<td data-label=\"At \(diff.from)\">\(evidenceCell(row.from))</td>"
            out += "<td data-label=\"At \(diff.to)\">\(evidenceCell(row.to))</td>"
            out += "<td data-label=\"Changes between\">\(path(row.changes))</td>"
            out += "<td data-label=\"Statements between\">\(row.statementsBetween)</td></tr>\n"
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

            """
        out += StanceScale.legend()
        out += "<div class=\"table-scroll\"><table class=\"state\">\n<thead><tr><th>Party</th>"
        for topic in model.topics { out += "<th>\(HTMLText.escape(topic.id.rawValue))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for party in parties {
            out += "<tr><th scope=\"row\">\(HTMLText.escape(party.id.rawValue))</th>"
            for topic in model.topics {
                if let evidence = cells["\(party.id.rawValue)|\(topic.id.rawValue)"] {
                    out += "<td class=\"s\(evidence.stance.value)\" style=\"background:\(StanceScale.fill(evidence.stance));"
                        + "color:\(StanceScale.ink(evidence.stance))\">\(evidenceCell(evidence))</td>"
                } else {
                    out += "<td class=\"unknown\">–</td>"
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
            let title =
                article.title.map(HTMLText.escape)
                ?? model.textTitles[article.id].map { "<em>\(HTMLText.escape($0))</em> <small>(from the text)</small>" }
                ?? article.url.flatMap(Self.slugTitle).map { "<em>\(HTMLText.escape($0))</em> <small>(from the URL)</small>" }
                ?? "<em>no title found in the text</em>"
            let linked = article.url.flatMap(LinkPolicy.linkable).map { "<a href=\"\(HTMLText.escape($0))\">\(title)</a>" } ?? title
            let code = "<code>\(article.id.short)</code>"
            let page = links == .anchors
                ? code : links.article(article.id, listed: true).map { "<a href=\"\(HTMLText.escape($0))\">\(code)</a>" } ?? code
            out += "<tr id=\"\(ReportLinks.anchor(article.id))\"><td>\(article.published)</td><td>\(linked)</td>"
            out += "<td>\(HTMLText.escape(article.outlet ?? "–"))</td><td>\(article.statements)</td>"
            out += "<td>\(page)</td></tr>\n"
        }
        return out + "</tbody></table></div>\n</section>\n"
    }

    /// A title read from a URL's last path segment: `…/kreml-sieht-in-neutralitaet` → `kreml sieht in neutralitaet`.
    ///
    /// For articles whose text has no headline; nil when the segment has fewer than three words.
    package static func slugTitle(_ url: String) -> String? {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        let segments = path.split(separator: "/").filter { segment in
            segment.split(whereSeparator: { $0 == "-" || $0 == "_" }).count >= 3
        }
        guard let slug = segments.last else { return nil }
        let words = slug.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init).filter { word in
            !(word.count > 6 && word.allSatisfy(\.isHexDigit)) && !word.allSatisfy(\.isNumber)
        }
        guard words.count >= 3 else { return nil }
        let joined = words.joined(separator: " ")
        let text = joined.removingPercentEncoding ?? joined
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    private func evidenceCell(_ evidence: ReportEvidence?) -> String {
        guard let evidence else { return "unknown" }
        return "<span class=\"stance\">\(evidence.stance) \(evidence.stance.label)</span> · \(evidence.date)"
            + "<blockquote>\(HTMLText.escape(evidence.evidence))</blockquote>"
            + links.evidence(statement: evidence.statement, article: evidence.article, listed: listed)
    }

    private func path(_ changes: [ReportEvidence]) -> String {
        guard !changes.isEmpty else { return "none" }
        return changes.map { change in
            let text = "\(change.date): \(change.stance) \(change.stance.label)"
            let href = links.mark(statement: change.statement, article: change.article, listed: listed)
            return "<span title=\"\(HTMLText.escape(change.evidence))\">"
                + (href.map { "<a href=\"\(HTMLText.escape($0))\">\(text)</a>" } ?? text) + "</span>"
        }.joined(separator: " →<br>")
    }

    private func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private func day(_ yyyymmdd: Int) -> String {
        StanceLanes.dayText(yyyymmdd)
    }
}
