import Foundation
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest
import StanceLogProjections
import StanceLogTesting
import Testing

/// The acceptance scenario on the seeds, with the extractor's statements simulated by analyst appends.
@Suite struct SeedScenarioTests {
    private func seededLog() async throws -> TestLog {
        let log = try TestLog()
        let codebook = try Codebook.bundled()
        let inputs = try InputCollector().collect([Fixtures.seedsDirectory.path])
        let outcomes = try await Ingestor(
            store: log.store, preparer: ArticlePreparer(extractor: RuleBasedExtractor(codebook: codebook))
        ).ingest(inputs)
        func article(_ prefix: String) throws -> ArticleID {
            try #require(zip(inputs, outcomes).first { $0.0.fileName.hasPrefix(prefix) }).1.article
        }
        let desk = AnalystDesk(store: log.store, codebook: codebook)
        try await desk.append(
            AnalystStatement(
                article: try article("000"), party: "US", topic: "security_guarantees", stance: Stance(1)!,
                attribution: .reported, speaker: nil,
                evidence: "In der amerikanischen Regierung gebe es Überlegungen, der Ukraine Sicherheitsgarantien zu geben.",
                date: nil))
        try await desk.append(
            AnalystStatement(
                article: try article("004"), party: "US", topic: "security_guarantees", stance: Stance(-1)!,
                attribution: .direct, speaker: "Hegseth",
                evidence: "Die US-Regierung werde keine Friedenstruppen in die Ukraine schicken, betont Hegseth.",
                date: nil))
        try await desk.append(
            AnalystStatement(
                article: try article("001"), party: "US", topic: "security_guarantees", stance: Stance(1)!,
                attribution: .reported, speaker: nil,
                evidence: "Konkret habe man sich auf einen «Rahmen der Sicherheitsvereinbarungen» geeinigt.",
                date: nil))
        try await log.engine.catchUp()
        return log
    }

    @Test func timelineOfUSSecurityGuaranteesShowsThreeChangePointsWithEvidence() async throws {
        let log = try await seededLog()
        let points = try await log.queries.timeline(party: "US", topic: "security_guarantees")
        #expect(points.map(\.date.description) == ["2023-11-04", "2025-02", "2025-12-06"])
        #expect(points.map(\.stance.value) == [1, -1, 1])
        #expect(points.map { $0.previous?.value } == [nil, 1, -1])
        #expect(points[1].evidence.contains("keine Friedenstruppen"))
        #expect(points[1].speaker == "Hegseth")
    }

    @Test func diffOverTwentyTwentyFiveShowsTheMoveFromNegativeToPositive() async throws {
        let log = try await seededLog()
        let rows = try await log.queries.diff(
            from: PartialDate("2025-01-01")!, to: PartialDate("2025-12-31")!,
            filter: StanceFilter(parties: ["US"], topics: ["security_guarantees"]))
        let row = try #require(rows.first)
        #expect(rows.count == 1)
        #expect(row.changes.map(\.stance.value) == [-1, 1])
        #expect(row.changes.map(\.date.description) == ["2025-02", "2025-12-06"])
        #expect(row.changes.last?.evidence.contains("Sicherheitsvereinbarungen") == true)
        #expect(row.to.stance?.value == 1)
        #expect(row.statementsBetween == 2)
    }

    @Test func stateInMarchTwentyTwentyFiveIsHegsethsRefusal() async throws {
        let log = try await seededLog()
        let cells = try await log.queries.state(at: PartialDate("2025-03")!)
        let cell = try #require(cells.first { $0.party == "US" && $0.topic == "security_guarantees" })
        #expect(cell.reading.stance?.value == -1)
        #expect(cell.reading.date?.description == "2025-02")
    }
}
