import Foundation
import StanceLogCore
import StanceLogSQLite
import StanceLogTimeline
import Testing

@Suite struct DiffTests {
    /// US on security guarantees: +1 (2023-11-04), −1 (2025-02), +1 (2025-12-06);
    /// RU on NATO membership: −2 (2025-03-10) only; UA on territory: −2 (2024), −2 (2025-06).
    private func handMadeLog() async throws -> TestLog {
        let log = try TestLog()
        try await log.ingest(
            TestLog.article("dwn", published: "2023-11-04"),
            [TestLog.statement("dwn", "US", "security_guarantees", 1, date: "2023-11-04", attribution: .reported,
                evidence: "Überlegungen über Sicherheitsgarantien.")])
        try await log.ingest(
            TestLog.article("hegseth", published: "2025-02"),
            [TestLog.statement("hegseth", "US", "security_guarantees", -1, date: "2025-02",
                evidence: "Keine US-Truppen.", speaker: "Hegseth")])
        try await log.ingest(
            TestLog.article("blick", published: "2025-12-06"),
            [TestLog.statement("blick", "US", "security_guarantees", 1, date: "2025-12-06", attribution: .reported,
                evidence: "Rahmen der Sicherheitsvereinbarungen.")])
        try await log.ingest(
            TestLog.article("kreml", published: "2025-03-10"),
            [TestLog.statement("kreml", "RU", "nato_membership", -2, date: "2025-03-10", evidence: "Njet.")])
        try await log.ingest(
            TestLog.article("kyiv", published: "2024"),
            [TestLog.statement("kyiv", "UA", "territory", -2, date: "2024", evidence: "Kein Land.")])
        try await log.ingest(
            TestLog.article("kyiv2", published: "2025-06"),
            [TestLog.statement("kyiv2", "UA", "territory", -2, date: "2025-06", evidence: "Immer noch kein Land.")])
        try await log.engine.catchUp()
        return log
    }

    private struct Expected: Equatable {
        let party: String
        let topic: String
        let from: Int?
        let fromDate: String?
        let fromEvidence: String?
        let to: Int?
        let toDate: String?
        let toEvidence: String?
        let change: Int?
        let changes: [String]
        let between: Int
    }

    private func summary(_ row: DiffRow) -> Expected {
        Expected(
            party: row.party.rawValue, topic: row.topic.rawValue, from: row.from.stance?.value,
            fromDate: row.from.date?.description, fromEvidence: row.from.evidence, to: row.to.stance?.value,
            toDate: row.to.date?.description, toEvidence: row.to.evidence, change: row.change,
            changes: row.changes.map { "\($0.date) \($0.previous.map(\.description) ?? "none")→\($0.stance)" },
            between: row.statementsBetween)
    }

    @Test func diffOverTwentyTwentyFiveListsEveryTimelineWithItsEndsAndChanges() async throws {
        let log = try await handMadeLog()
        let rows = try await log.queries.diff(from: PartialDate("2025-01-01")!, to: PartialDate("2025-12-31")!)
        #expect(rows.map(summary) == [
            Expected(
                party: "RU", topic: "nato_membership", from: nil, fromDate: nil, fromEvidence: nil, to: -2,
                toDate: "2025-03-10", toEvidence: "Njet.", change: nil, changes: ["2025-03-10 none→-2"], between: 1),
            Expected(
                party: "UA", topic: "territory", from: -2, fromDate: "2024", fromEvidence: "Kein Land.", to: -2,
                toDate: "2025-06", toEvidence: "Immer noch kein Land.", change: 0, changes: [], between: 1),
            Expected(
                party: "US", topic: "security_guarantees", from: 1, fromDate: "2023-11-04",
                fromEvidence: "Überlegungen über Sicherheitsgarantien.", to: 1, toDate: "2025-12-06",
                toEvidence: "Rahmen der Sicherheitsvereinbarungen.", change: 0,
                changes: ["2025-02 +1→-1", "2025-12-06 -1→+1"], between: 2),
        ])
        #expect(rows.map(\.changed) == [true, false, true])
        #expect(rows.last?.changes.first?.speaker == "Hegseth")
    }

    @Test func diffBeforeAnyStatementLeavesOutTimelinesUnknownAtBothEnds() async throws {
        let log = try await handMadeLog()
        let rows = try await log.queries.diff(from: PartialDate("2020")!, to: PartialDate("2024-06")!)
        #expect(rows.map(summary) == [
            Expected(
                party: "US", topic: "security_guarantees", from: nil, fromDate: nil, fromEvidence: nil, to: 1,
                toDate: "2023-11-04", toEvidence: "Überlegungen über Sicherheitsgarantien.", change: nil,
                changes: ["2023-11-04 none→+1"], between: 1)
        ])
    }

    @Test func diffWithFromAfterToIsRejected() async throws {
        let log = try await handMadeLog()
        await #expect(throws: StanceLogError.self) {
            try await log.queries.diff(from: PartialDate("2025-12")!, to: PartialDate("2025-01")!)
        }
    }

    @Test func diffWithAFilterKeepsOnlyItsTimelines() async throws {
        let log = try await handMadeLog()
        let rows = try await log.queries.diff(
            from: PartialDate("2025")!, to: PartialDate("2025")!, filter: StanceFilter(parties: ["US", "UA"]))
        #expect(rows.map(\.party) == ["UA", "US"])
        #expect(rows.allSatisfy { $0.change == 0 && $0.changes.isEmpty && $0.statementsBetween == 0 })
    }

    @Test func diffRowEncodesNullForAnUnknownEnd() async throws {
        let log = try await handMadeLog()
        let rows = try await log.queries.diff(from: PartialDate("2025-01-01")!, to: PartialDate("2025-12-31")!)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(try #require(rows.first)), as: UTF8.self)
        #expect(json.contains("\"from\":{\"article\":null,\"attribution\":null,\"confidence\":null,\"date\":null,\"evidence\":null"))
        #expect(json.contains("\"change\":null"))
        #expect(json.contains("\"stance\":-2"))
    }
}
