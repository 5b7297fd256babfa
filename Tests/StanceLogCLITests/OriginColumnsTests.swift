import Foundation
import StanceLogTesting
import Testing

/// `timeline`, `state`, `diff` and `log` say in table, Markdown and CSV whether evidence is extracted (with confidence), analyst-made or corrected.
@Suite(.serialized) struct OriginColumnsTests {
    /// The seeds, one corrected statement and one analyst's statement on a timeline of its own (DE territory).
    private func curated() throws -> (CommandRunner, corrected: String) {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        let output = try cli.run(["timeline", "--every-point", "--format", "json"]).output
        let points = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        let point = try #require(points.first { $0["statements"] as? Int == 1 && $0["party"] as? String != "DE" })
        let target = try #require(point["statementId"] as? String)
        let stance = try #require(point["stance"] as? Int)
        let correct = try cli.run(["correct", target, "--stance", String(stance == 2 ? 1 : 2), "--reason", "c"])
        #expect(correct.status == 0, "\(correct.error)")
        let (article, sentence) = try cli.quotableSentence(of: try #require(point["article"] as? String))
        let append = try cli.run([
            "append", "--article", article, "--party", "DE", "--topic", "territory", "--stance", "-1",
            "--evidence", sentence, "--by", "ana",
        ])
        #expect(append.status == 0, "\(append.error)")
        return (cli, target)
    }

    private func lines(_ text: String) -> [Substring] { text.split(whereSeparator: \.isNewline) }

    @Test func theTimelineTableHasAnOriginColumnThatFitsEightyColumns() throws {
        let (cli, _) = try curated()
        let table = try cli.run(["timeline", "--every-point"], environment: ["COLUMNS": "80"]).output
        #expect(lines(table).allSatisfy { $0.count <= 80 }, "\(table)")
        #expect(lines(table).first?.contains("ORIGIN") == true)
        let de = try #require(lines(table).first { $0.contains("DE ") && $0.contains("territory") })
        #expect(de.contains("analyst"))
        #expect(lines(table).contains { $0.contains("corrected") })
        #expect(lines(table).contains { $0.range(of: #"ext [01]\.\d\d"#, options: .regularExpression) != nil })
        let markdown = try cli.run(["timeline", "--every-point", "--format", "markdown"]).output
        #expect(markdown.contains("| ORIGIN |"))
        #expect(markdown.contains("| analyst |"))
        #expect(markdown.contains("| corrected |"))
    }

    @Test func stateAndDiffEvidenceLinesBeginWithTheirOrigin() throws {
        let (cli, _) = try curated()
        let state = try cli.run(["state", "--at", "2026-12-31"], environment: ["COLUMNS": "80"]).output
        #expect(lines(state).allSatisfy { $0.count <= 80 }, "\(state)")
        #expect(state.contains("DE territory -1 reluctant: [analyst] «"))
        #expect(state.contains(": [ext 0."))
        let diff = try cli.run(["diff", "2023-01-01", "2026-12-31"], environment: ["COLUMNS": "80"]).output
        #expect(lines(diff).allSatisfy { $0.count <= 80 }, "\(diff)")
        #expect(diff.contains("to   [analyst] «"))
        #expect(diff.contains("[ext 0."))
        #expect(diff.contains("[corrected] «"))
    }

    @Test func csvOutputHasOriginAndConfidenceColumns() throws {
        let (cli, corrected) = try curated()
        let timeline = try cli.run(["timeline", "--every-point", "--format", "csv"]).output
        let header = try #require(lines(timeline).first)
        #expect(header.hasSuffix(",statements,origin,confidence"))
        let row = try #require(lines(timeline).first { $0.contains(corrected) })
        #expect(row.hasSuffix(",corrected,") || row.contains(",corrected,0."))
        #expect(lines(timeline).contains { $0.hasSuffix(",analyst,") })
        #expect(lines(timeline).contains { $0.range(of: #",extracted,0\.\d+$"#, options: .regularExpression) != nil })
        let state = try cli.run(["state", "--at", "2026-12-31", "--format", "csv"]).output
        #expect(lines(state).first?.hasSuffix(",statements,origin,confidence") == true)
        let diff = try cli.run(["diff", "2023-01-01", "2026-12-31", "--format", "csv"]).output
        #expect(lines(diff).first?.hasSuffix(",to.statements,to.origin,to.confidence") == true)
    }

    @Test func theLogTableShowsEachStatementsOriginAtEightyColumns() throws {
        let (cli, _) = try curated()
        let log = try cli.run(["log", "--type", "PositionStated"], environment: ["COLUMNS": "80"]).output
        #expect(lines(log).allSatisfy { $0.count <= 80 }, "\(log)")
        #expect(log.contains("[analyst by ana] DE territory -1"))
        #expect(lines(log).contains { $0.range(of: #"st-[0-9a-f]{20} \[extracted [01]\.\d\d\]"#, options: .regularExpression) != nil })
    }
}
