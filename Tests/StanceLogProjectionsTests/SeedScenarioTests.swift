import Foundation
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest
import StanceLogSQLite
import StanceLogTimeline
import StanceLogTesting
import Testing

/// The acceptance scenario on the seeds, from the statements the extractor finds in them.
///
/// Assertions are on dates and stance signs, the level the annotation guide scores, so that
/// a better extractor refining a stance's strength does not break the scenario.
@Suite struct SeedScenarioTests {
    private func seededLog() async throws -> TestLog {
        let log = try TestLog()
        let codebook = try Codebook.bundled()
        try await Ingestor(
            store: log.store, preparer: ArticlePreparer(extractor: RuleBasedExtractor(codebook: codebook))
        ).ingest(try InputCollector().collect([Fixtures.seedsDirectory.path]))
        try await log.engine.catchUp()
        return log
    }

    @Test func timelineOfUSSecurityGuaranteesGoesUpDownUpWithEvidence() async throws {
        let log = try await seededLog()
        let points = try await log.queries.timeline(party: "US", topic: "security_guarantees")
        #expect(points.map { String($0.date.description.prefix(7)) } == ["2023-11", "2025-02", "2025-12"])
        #expect(points.map(\.stance.sign) == [1, -1, 1])
        #expect(points[1].evidence.contains("keine Friedenstruppen"))
        #expect(points.allSatisfy { !$0.evidence.isEmpty })
    }

    @Test func diffOverTwentyTwentyFiveShowsTheMoveFromNegativeToPositive() async throws {
        let log = try await seededLog()
        let rows = try await log.queries.diff(
            from: PartialDate("2025-01-01")!, to: PartialDate("2025-12-31")!,
            filter: StanceFilter(parties: ["US"], topics: ["security_guarantees"]))
        let row = try #require(rows.first)
        #expect(rows.count == 1)
        #expect(row.changed)
        #expect(row.changes.first?.stance.sign == -1)
        #expect(row.changes.first?.date.description == "2025-02")
        #expect(row.changes.last?.stance.sign == 1)
        #expect(row.changes.last?.date.description.hasPrefix("2025-12") == true)
        #expect(row.to.stance?.sign == 1)
    }

    @Test func stateInMarchTwentyTwentyFiveIsTheUSRefusalToSendTroops() async throws {
        let log = try await seededLog()
        let cells = try await log.queries.state(at: PartialDate("2025-03")!)
        let cell = try #require(cells.first { $0.party == "US" && $0.topic == "security_guarantees" })
        #expect(cell.reading.stance?.value == -1)
        #expect(cell.reading.date?.description == "2025-02")
        #expect(cell.reading.attribution == .direct)
    }
}
