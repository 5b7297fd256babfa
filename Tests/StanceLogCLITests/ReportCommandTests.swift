import Foundation
import StanceLogTesting
import Testing

/// The report of the seeds, as a user produces it.
@Suite(.serialized) struct ReportCommandTests {
    private func seedsReport(extra: (CommandRunner) throws -> Void = { _ in }) throws -> (CommandRunner, String) {
        let cli = try CommandRunner()
        try cli.run(["ingest", Fixtures.seedsDirectory.path])
        try extra(cli)
        let result = try cli.run(["report", "--out", "report.html"])
        #expect(result.status == 0, "\(result.error)")
        let html = try String(contentsOf: cli.folder.appendingPathComponent("report.html"), encoding: .utf8)
        return (cli, html)
    }

    private func figure(_ topic: String, in html: String) throws -> String {
        let start = try #require(html.range(of: "<figure id=\"topic-\(topic)\">"))
        let end = try #require(html.range(of: "</figure>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func everyTopicHasOneSeriesPerPartyWithAStance() throws {
        let (cli, html) = try seedsReport()
        let timeline = try cli.run(["timeline", "--format", "json"])
        let points = try #require(try JSONSerialization.jsonObject(with: Data(timeline.output.utf8)) as? [[String: Any]])
        var expected: [String: Set<String>] = [:]
        for point in points {
            expected[point["topic"] as! String, default: []].insert(point["party"] as! String)
        }
        #expect(expected.keys.sorted() == ["nato_membership", "security_guarantees", "territory"])
        for (topic, parties) in expected {
            let chart = try figure(topic, in: html)
            #expect(chart.components(separatedBy: "<svg class=\"chart\"").count == 2)
            for party in parties {
                #expect(chart.components(separatedBy: "<g class=\"series\" data-party=\"\(party)\"").count == 2, "\(topic) \(party)")
            }
            #expect(chart.components(separatedBy: "<g class=\"series\"").count == parties.count + 1)
        }
    }

    @Test func theUSLineOnSecurityGuaranteesGoesDownInFebruaryAndUpInDecember() throws {
        let (_, html) = try seedsReport()
        let chart = try figure("security_guarantees", in: html)
        #expect(chart.contains("2025-02 · US (United States)"))
        #expect(chart.contains("stance -1 reluctant"))
        #expect(chart.contains("Die US-Regierung werde keine Friedenstruppen in die Ukraine schicken, betont Hegseth."))
        #expect(html.contains("<h2>What changed from"))
        #expect(html.contains("<h2>Where each party stood at"))
        #expect(html.contains("Blick"))
    }

    @Test func quotesAndAngleBracketsInEvidenceAreEscaped() throws {
        let (_, html) = try seedsReport { cli in
            // Evidence must occur in the article, so the article quotes it first.
            let evidence = #"Macron: "Nie <b>Gebietsabtretungen</b> & keine 'Deals'""#
            let ingested = try cli.run(
                ["ingest", "-", "--date", "2025-02-12"], input: Data("Paris\n\n\(evidence) sagte er.\n".utf8))
            let article = try #require(ingested.output.components(separatedBy: "article ").dropFirst().first?.prefix(12))
            let appended = try cli.run([
                "append", "--article", String(article), "--party", "FR", "--topic", "territory", "--stance", "-2",
                "--evidence", evidence,
            ])
            #expect(appended.status == 0, "\(appended.error)")
        }
        #expect(html.contains("Macron: &quot;Nie &lt;b&gt;Gebietsabtretungen&lt;/b&gt; &amp; keine &#39;Deals&#39;&quot;"))
        #expect(!html.contains("<b>Gebietsabtretungen</b>"))
    }

    @Test func theSameLogGivesTheSameBytes() throws {
        let (cli, html) = try seedsReport()
        try cli.run(["report", "--out", "again.html"])
        #expect(try String(contentsOf: cli.folder.appendingPathComponent("again.html"), encoding: .utf8) == html)
    }

    @Test func theReportUsesNothingFromTheNetwork() throws {
        let (_, html) = try seedsReport()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
    }
}
