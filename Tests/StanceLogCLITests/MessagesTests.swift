import Foundation
import StanceLogTesting
import Testing

/// Messages say what happened, and no heading stands over nothing.
@Suite struct MessagesTests {
    private func seeded() throws -> CommandRunner {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        return cli
    }

    @Test func diffChangedOnlyWithNothingChangedSaysSo() throws {
        let cli = try seeded()
        let result = try cli.run(["diff", "2026-01-01", "2026-06-30", "--changed-only"])
        #expect(result.status == 0)
        #expect(result.output.contains("nothing changed between 2026-01-01 and 2026-06-30"))
        #expect(result.output.contains("timelines compared"))
        #expect(!result.output.contains("no stances known"))
        #expect(!result.output.contains("Evidence:"))
    }

    @Test func stateForAPartyWithoutStatementsNamesTheParty() throws {
        let cli = try seeded()
        let parties = try #require(
            try JSONSerialization.jsonObject(with: Data(try cli.run(["parties", "--format", "json"]).output.utf8)) as? [[String: Any]])
        let silent = try #require(parties.first { $0["source"] as? String == "codebook" }?["id"] as? String)
        let result = try cli.run(["state", "--at", "2025-12-31", "--party", silent])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("no statements for \(silent)"))
        #expect(!result.output.contains("in the log yet"))
        #expect(!result.output.contains("Evidence:"))
    }

    @Test func stateBeforeTheFirstStatementHasNoEmptyHeading() throws {
        let cli = try seeded()
        let result = try cli.run(["state", "--at", "1990"])
        #expect(result.output.contains("no stance known by 1990"))
        #expect(!result.output.contains("Evidence:"))
    }

    @Test func diffLabelsEveryRowInTableAndJSON() throws {
        let cli = try seeded()
        let rows = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try cli.run(["diff", "2023-01-01", "2025-12-31", "--format", "json"]).output.utf8)) as? [[String: Any]])
        let labels = Set(rows.compactMap { $0["label"] as? String })
        #expect(labels.isSubset(of: ["new", "unchanged", "hardened", "softened", "reversed", "round trip"]))
        #expect(rows.allSatisfy { $0["label"] is String })
        let table = try cli.run(["diff", "2023-01-01", "2025-12-31", "--wide"]).output
        #expect(table.contains("MOVE"))
        for label in labels { #expect(table.contains(label)) }
    }

    @Test func timelineWithAnEmptyWindowSaysWhichWindow() throws {
        let cli = try seeded()
        let result = try cli.run(["timeline", "--from", "1990", "--to", "1991"])
        #expect(result.output == "no statements between 1990 and 1991\n")
    }
}
