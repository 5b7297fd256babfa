import Foundation
import StanceLogTesting
import Testing

/// The report of the seeds, as a user produces it.
@Suite(.serialized) struct ReportCommandTests {
    private func seedsReport(_ options: [String] = [], extra: (CommandRunner) throws -> Void = { _ in }) throws -> (CommandRunner, String) {
        let cli = try CommandRunner()
        try cli.run(["ingest", Fixtures.seedsDirectory.path])
        try extra(cli)
        let result = try cli.run(["report", "--out", "report.html"] + options)
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
            #expect(chart.components(separatedBy: "<svg class=\"chart\"").count == parties.count + 1)
            for party in parties {
                #expect(chart.components(separatedBy: "<div class=\"lane\" data-party=\"\(party)\">").count == 2, "\(topic) \(party)")
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

    @Test func theDefaultWindowIsTheSpanOfTheData() throws {
        let (_, html) = try seedsReport()
        #expect(html.contains("Valid time 2023-11-04 to 2025-12-31"))
        #expect(html.contains("<title>Negotiation stances 2023-11-04 – 2025-12-31</title>"))
        #expect(!html.contains(">2022<") && !html.contains(">2026<"))
    }

    @Test func historyBeforeFromIsTheStanceAtFromNotMarksOnTheEdge() throws {
        let (_, html) = try seedsReport(["--from", "2025-01-01"])
        let chart = try figure("security_guarantees", in: html)
        let us = try #require(chart.components(separatedBy: "<div class=\"lane\" data-party=\"US\">").dropFirst().first)
        let lane = String(us.prefix { $0 != "\n" })
        #expect(lane.contains("+1 open before the window, carried to its start"))
        #expect(lane.contains("<path class=\"carried\""))
        #expect(!lane.contains("2023-11-04 · US"))
        #expect(lane.contains("2025-02 · US (United States)"))
    }

    @Test func theReportSaysWhatChangedWithTheDiffLabels() throws {
        let (cli, html) = try seedsReport()
        let summary = try #require(
            html.components(separatedBy: "<section id=\"summary\">").dropFirst().first?.components(separatedBy: "</section>").first)
        let lines = summary.components(separatedBy: "\n")
        func line(_ label: String) -> String { lines.first { $0.contains(">\(label)</span>") } ?? "" }
        #expect(line("round trip").contains("US security_guarantees +1 → +1"))
        #expect(line("hardened").contains("US territory +1 → +2 <small>(first 2025-02)</small>"))
        #expect(line("softened").contains("UA security_guarantees +2 → +1"))
        #expect(!summary.contains(">new</span> <strong>"))
        let rows = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try cli.run(["diff", "2023-11-04", "2025-12-31", "--format", "json"]).output.utf8)) as? [[String: Any]])
        let us = try #require(rows.first { $0["party"] as? String == "US" && $0["topic"] as? String == "security_guarantees" })
        #expect(us["label"] as? String == "round trip")
        #expect(html.contains("<td data-label=\"Move\"><span class=\"move round-trip\">round trip</span></td>"))
    }

    @Test func analystStatementsAreMarkedInTheirLane() throws {
        let (_, html) = try seedsReport { cli in
            let articles = try cli.run(["log", "--type", "ArticleIngested", "--format", "json"]).output
            let article = try #require(articles.components(separatedBy: "\"articleId\":\"").dropFirst().first?.prefix(64))
            let appended = try cli.run([
                "append", "--article", String(article), "--party", "fr", "--topic", "territory", "--stance", "-1",
                "--evidence", "Bei diesen Gesprächen soll es auch darum gegangen sein, herauszufinden, zu welchen Konzessionen die Ukraine möglicherweise bereit sein könnte.",
                "--date", "2023-11-01",
            ])
            #expect(appended.status == 0, "\(appended.error)")
            let statements = try cli.run(["log", "--type", "PositionStated", "--party", "RU", "--format", "json"]).output
            let russian = try #require(statements.components(separatedBy: "\"statementId\":\"").dropFirst().first?.prefix(23))
            let corrected = try cli.run(["correct", String(russian), "--speaker", "Peskow", "--reason", "speaker named in the text"])
            #expect(corrected.status == 0, "\(corrected.error)")
        }
        let chart = try figure("territory", in: html)
        let france = try #require(chart.components(separatedBy: "<div class=\"lane\" data-party=\"FR\">").dropFirst().first)
        #expect(france.contains("<g class=\"statement reviewed\">"))
        #expect(france.contains(" · analyst\n"))
        #expect(html.contains(" · corrected\n"))
        #expect(html.contains("Peskow"))
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
