import Foundation
import StanceLogTesting
import Testing

/// The report's source list names every seed article: a seed whose text opens with its lead (no headline, no
/// manifest title) is listed under the lead's first sentence, read when the report is written.
@Suite struct ReportSourceTitleTests {
    @Test func everySeedArticleHasATitleInTheSourceList() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        let stored = try #require(
            try JSONSerialization.jsonObject(with: Data(try cli.run(["articles", "--format", "json"]).output.utf8))
                as? [[String: Any]])
        try #require(stored.contains { $0["title"] == nil || $0["title"] is NSNull }, "a seed without a stored title")
        let result = try cli.run(["report", "--out", "report.html"])
        #expect(result.status == 0, "\(result.error)")
        let html = try String(contentsOf: cli.folder.appendingPathComponent("report.html"), encoding: .utf8)
        let sources = try #require(html.range(of: "<section id=\"sources\">").map { String(html[$0.lowerBound...]) })
        #expect(!sources.contains("no title found in the text"))
        #expect(
            sources.contains(
                "<em>Nach neuen Ukraine-Gesprächen gesteht Washington seine Ohnmacht ein: Ohne Russlands Bereitschaft…</em> "
                    + "<small>(from the text)</small>"))
    }
}
