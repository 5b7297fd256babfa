import Foundation
import StanceLogCore
import StanceLogIngest
import StanceLogReport

/// `GET /statements/{id}` as HTML: the statement now, its sentence marked in the article's text, its origin and its history.
struct StatementPage {
    let id: StatementID
    let article: ArticleView
    /// The events about the statement (``StatementHistory``), in sequence order.
    let history: [RecordedEvent]
    let links: ReportLinks
    let frame: PageFrame

    func render() throws -> String {
        guard let statement = article.statements.statements[id] else {
            throw StanceLogError(.notFound, "no statement \(id) in article \(article.ingested.articleID.short)")
        }
        let articleLink = links.article(article.ingested.articleID, listed: true) ?? ""
        var body = "<section id=\"evidence\">\n<h2>Evidence</h2>\n"
        body += "<blockquote class=\"evidence\">\(MarkedText(text: article.ingested.text, evidence: statement.evidence).excerpt())</blockquote>\n"
        body += "<p>From <a href=\"\(HTMLText.escape(articleLink))\">\(HTMLText.escape(article.title))</a> · \(article.meta())</p>\n"
        body += "</section>\n<section id=\"facts\">\n<h2>Statement</h2>\n<dl class=\"facts\">\n"
        body += fact("Id", "<code>\(HTMLText.escape(id.rawValue))</code>")
        body += fact("Stance", HTMLText.escape("\(statement.stance) \(statement.stance.label)"))
        body += fact("Dated", "\(statement.validDate)")
        body += fact("Attribution", HTMLText.escape(statement.attribution.rawValue))
        body += fact("Speaker", HTMLText.escape(statement.speaker ?? "–"))
        body += fact("Origin", origin(statement.stated))
        body += fact("Confidence", statement.stated.confidence.map { String(format: "%.2f", $0) } ?? "– (an analyst's)")
        body += fact("Status", HTMLText.escape(article.status(of: statement)))
        body += "</dl>\n</section>\n"
        body += historySection()
        return frame.render(
            title: "\(statement.party.rawValue) on \(statement.topic.rawValue), \(statement.validDate)",
            meta: "Statement <code>\(HTMLText.escape(id.rawValue))</code> · \(ArticleView.summary(statement))", body: body)
    }

    private func fact(_ name: String, _ html: String) -> String { "<dt>\(name)</dt><dd>\(html)</dd>\n" }

    private func origin(_ stated: PositionStated) -> String {
        switch stated.origin {
        case .analyst: HTMLText.escape("recorded by an analyst" + (stated.by.map { " (\($0))" } ?? ""))
        case .extractor:
            HTMLText.escape("extracted" + (stated.extractor.map { " by \($0.name) \($0.version), codebook \($0.codebook)" } ?? ""))
        }
    }

    private func historySection() -> String {
        var out = "<section id=\"history\">\n<h2>History</h2>\n<div class=\"table-scroll\"><table>\n"
        out += "<thead><tr><th>Seq</th><th>Recorded</th><th>Event</th><th>What</th></tr></thead>\n<tbody>\n"
        for event in history {
            let what = (try? event.decoded()).map(describe) ?? "(undecodable)"
            out += "<tr><td>\(event.sequence)</td><td>\(HTMLText.escape(event.recordedAt.description))</td>"
            out += "<td>\(HTMLText.escape(event.type.rawValue))</td><td>\(what)</td></tr>\n"
        }
        return out + "</tbody></table></div>\n</section>\n"
    }

    /// What an event did, as HTML; an event about another statement links to it.
    private func describe(_ event: DomainEvent) -> String {
        switch event {
        case .positionStated(let stated):
            return about(stated.statementID) + HTMLText.escape(
                "\(stated.party.rawValue) on \(stated.topic.rawValue) \(stated.stance) at \(stated.validDate)" + by(stated.by))
        case .statementCorrected(let correction):
            var changes: [String] = []
            if let party = correction.party { changes.append("party → \(party.rawValue)") }
            if let topic = correction.topic { changes.append("topic → \(topic.rawValue)") }
            if let stance = correction.stance { changes.append("stance → \(stance)") }
            if let attribution = correction.attribution { changes.append("attribution → \(attribution.rawValue)") }
            if let speaker = correction.speaker { changes.append("speaker → \(speaker)") }
            if correction.evidence != nil { changes.append("evidence replaced") }
            if let date = correction.validDate { changes.append("date → \(date)") }
            return about(correction.statementID)
                + HTMLText.escape(changes.joined(separator: ", ") + ": \(correction.reason)" + by(correction.by))
        case .statementRetracted(let retraction):
            return about(retraction.statementID) + HTMLText.escape("retracted: \(retraction.reason)" + by(retraction.by))
        case .articleWithdrawn(let withdrawal): return HTMLText.escape("article withdrawn: \(withdrawal.reason)" + by(withdrawal.by))
        case .articleRestored(let restoration): return HTMLText.escape("article restored: \(restoration.reason)" + by(restoration.by))
        case .articleIngested, .extractionSuperseded: return ""
        }
    }

    private func about(_ other: StatementID) -> String {
        guard other != id else { return "" }
        let href = links.statement(other) ?? ""
        return "about <a href=\"\(HTMLText.escape(href))\"><code>\(HTMLText.escape(other.rawValue))</code></a> (carried over): "
    }

    private func by(_ user: String?) -> String { user.map { " (by \($0))" } ?? "" }
}
