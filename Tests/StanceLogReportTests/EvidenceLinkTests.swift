import Foundation
import StanceLogCore
import StanceLogReport
import StanceLogTimeline
import Testing

/// Every chart mark and piece of evidence links to its source: the sources row in a static report, the server's
/// statement and article pages (keeping the window's query) in the live view.
@Suite struct EvidenceLinkTests {
    static let listed = ArticleID(rawValue: String(repeating: "ab", count: 32))!
    static let unlisted = ArticleID(rawValue: String(repeating: "ef", count: 32))!
    static let statement = StatementID(rawValue: "st-0123456789abcdef0123")

    private func model(article: ArticleID) -> ReportModel {
        let date = PartialDate("2025-03-04")!
        let mark = ReportStatement(
            date: date, party: "US", stance: Stance(1)!, attribution: .direct, speaker: nil, evidence: "Wir stimmen zu.",
            articleTitle: "Artikel", statement: Self.statement, article: article)
        let evidence = ReportEvidence(stance: Stance(1)!, date: date, evidence: "Wir stimmen zu.", statement: Self.statement, article: article)
        return ReportModel(
            title: "Links", logPosition: 3, window: 20250101...20251231, parties: [ReportParty(id: "US", name: "United States")],
            topics: [
                ReportTopic(
                    id: "ceasefire", question: "Ceasefire?",
                    series: [ReportSeries(party: "US", steps: [ReportStep(day: 20250304, stance: Stance(1)!)], statements: [mark])])
            ],
            diff: ReportDiff(
                from: PartialDate("2025-01-01")!, to: PartialDate("2025-12-31")!,
                rows: [.init(party: "US", topic: "ceasefire", from: nil, to: evidence, changes: [evidence], statementsBetween: 1)]),
            state: ReportState(at: PartialDate("2025-12-31")!, cells: [.init(party: "US", topic: "ceasefire", latest: evidence)]),
            articles: [
                CatalogArticle(
                    id: Self.listed, title: "Artikel", published: PartialDate("2025-03-04")!, outlet: "Zeitung", url: nil,
                    statements: 1)
            ])
    }

    @Test func aStaticReportLinksMarksAndEvidenceToTheArticlesRowInItsSources() {
        let html = HTMLReport(model: model(article: Self.listed)).render()
        let anchor = "#article-\(Self.listed.rawValue)"
        #expect(html.contains("<tr id=\"article-\(Self.listed.rawValue)\">"))
        #expect(html.contains("<a href=\"\(anchor)\"><g class=\"statement extracted\">"))
        #expect(html.contains("<span class=\"links\"><a href=\"\(anchor)\">source</a></span>"))
        #expect(!html.contains("/statements/"))
    }

    @Test func aStaticReportLeavesEvidenceFromAnArticleItDoesNotListUnlinked() {
        let html = HTMLReport(model: model(article: Self.unlisted)).render()
        #expect(!html.contains("#article-\(Self.unlisted.rawValue)"))
        #expect(html.contains("<g class=\"statement extracted\">"))
        #expect(!html.contains("<span class=\"links\">"))
    }

    @Test func theLiveViewLinksToTheStatementAndArticlePagesKeepingTheWindow() {
        let html = HTMLReport(model: model(article: Self.listed), links: .pages(query: "from=2025&party=US")).render()
        let statement = "/statements/\(Self.statement.rawValue)?from=2025&amp;party=US"
        let article = "/articles/\(Self.listed.rawValue)?from=2025&amp;party=US"
        #expect(html.contains("<a href=\"\(statement)\"><g class=\"statement extracted\">"))
        #expect(html.contains("<a href=\"\(statement)\">statement</a> · <a href=\"\(article)\">article</a>"))
        #expect(html.contains("<a href=\"\(statement)\">2025-03-04: +1"))
        #expect(html.contains("<a href=\"\(article)\"><code>"))
    }

    @Test func linkTargetsArePercentEncoded() {
        #expect(ReportLinks.percentEncoded("a b&c=d/ü") == "a%20b%26c%3Dd%2F%C3%BC")
        let links = ReportLinks.pages(query: "")
        #expect(links.statement(StatementID(rawValue: "st-\"><x")) == "/statements/st-%22%3E%3Cx")
        #expect(links.article(Self.listed, listed: false) == "/articles/\(Self.listed.rawValue)")
    }
}
