import Foundation
import StanceLogCore
import StanceLogTimeline
import StanceLogReport
import Testing

/// Issue 14, finding 6: only http(s) URLs become links, and the page forbids scripts and remote loads.
@Suite struct ReportLinkTests {
    private func page(url: String?) -> String {
        let model = ReportModel(
            title: "Links", logPosition: 1, window: 20250101...20251231, parties: [], topics: [],
            diff: ReportDiff(from: PartialDate("2025-01-01")!, to: PartialDate("2025-12-31")!, rows: []),
            state: ReportState(at: PartialDate("2025-12-31")!, cells: []),
            articles: [
                CatalogArticle(
                    id: ArticleID(rawValue: String(repeating: "cd", count: 32))!, title: "Artikel",
                    published: PartialDate("2025-02")!, outlet: nil, url: url, statements: 0)
            ])
        return HTMLReport(model: model).render()
    }

    @Test(arguments: [
        "javascript:alert(document.cookie)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox", "file:///etc/passwd", "//evil.example/x", "https://", "https://a.example/\u{1B}]52;c;eA==\u{7}",
        "http://a.example/ x",
    ])
    func aURLThatIsNotPlainHTTPIsShownWithoutALink(url: String) {
        let html = page(url: url)
        #expect(!html.contains("<a href=\"\(url)"))
        #expect(!html.contains("href=\"j") && !html.contains("href=\"J") && !html.contains("href=\"d"))
        #expect(html.contains("<td>Artikel</td>"))
    }

    @Test(arguments: ["https://example.org/a?x=1", "HTTP://EXAMPLE.ORG/"])
    func anHTTPURLIsALink(url: String) {
        #expect(page(url: url).contains("<a href=\"\(url)\">Artikel</a>"))
    }

    @Test func thePageCarriesAPolicyForbiddingScriptsAndRemoteLoads() throws {
        let html = page(url: nil)
        let head = try #require(html.components(separatedBy: "</head>").first)
        #expect(head.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">"))
    }
}
