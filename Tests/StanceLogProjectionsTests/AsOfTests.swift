import Foundation
import StanceLogCore
import StanceLogTimeline
import StanceLogSQLite
import StanceLogTesting
import Testing

@Suite struct AsOfTests {
    @Test(arguments: [("42", AsOf.sequence(42)), ("0", AsOf.sequence(0))])
    func digitsAreASequenceNumber(text: String, expected: AsOf) {
        #expect(AsOf(text) == expected)
    }

    @Test func timestampIsARecordTime() {
        #expect(AsOf("2025-11-23T09:40:00Z") == .recorded(RecordTime(iso8601: "2025-11-23T09:40:00Z")!))
        #expect(AsOf("2025-11-23") == .recorded(RecordTime(iso8601: "2025-11-23")!))
    }

    @Test(arguments: ["yesterday", "-3", "2025-13-01", "", "12abc"])
    func malformedTextIsRejected(text: String) {
        #expect(AsOf(text) == nil)
    }

    @Test func asOfASequenceAnswersFromTheEventsRecordedByThen() async throws {
        let log = try TestLog()
        let first = try await log.ingest(
            TestLog.article("a", published: "2025-02"), [TestLog.statement("a", "US", "territory", -1, date: "2025-02")])
        try await log.ingest(
            TestLog.article("b", published: "2024-05"), [TestLog.statement("b", "US", "territory", 2, date: "2024-05")])
        let head = try await log.store.lastPosition()
        let cut = try #require(first.last?.sequence)
        #expect(try await log.timeline("US", "territory", asOf: .sequence(cut)).map(\.stance.value) == [-1])
        #expect(try await log.timeline("US", "territory").map(\.stance.value) == [2, -1])
        #expect(try await log.timeline("US", "territory", asOf: .sequence(head)).map(\.stance.value) == [2, -1])
        #expect(try await log.stance("US", "territory", at: "2024-12-31", asOf: .sequence(cut)) == nil)
        #expect(try await log.stance("US", "territory", at: "2024-12-31") == 2)
        #expect(try await log.timeline("US", "territory", asOf: .sequence(0)).isEmpty)
    }

    @Test func asOfATimestampMapsToTheLastEventRecordedByThen() async throws {
        let clock = SteppingClock(start: Date(timeIntervalSince1970: 1_760_000_000), step: 60)
        let log = try TestLog(clock: clock)
        try await log.ingest(
            TestLog.article("a", published: "2025-02"), [TestLog.statement("a", "US", "territory", -1, date: "2025-02")])
        let stated = TestLog.statement("b", "US", "territory", 1, date: "2025-06")
        try await log.ingest(TestLog.article("b", published: "2025-06"), [stated])
        try await log.correct(stated, stance: 2)
        let firstTime = RecordTime(Date(timeIntervalSince1970: 1_760_000_000))
        let secondTime = RecordTime(Date(timeIntervalSince1970: 1_760_000_060))
        #expect(try await log.queries.sequence(at: .recorded(RecordTime(milliseconds: 0))) == 0)
        #expect(try await log.queries.sequence(at: .recorded(firstTime)) == 2)
        #expect(try await log.timeline("US", "territory", asOf: .recorded(firstTime)).map(\.stance.value) == [-1])
        #expect(try await log.timeline("US", "territory", asOf: .recorded(secondTime)).map(\.stance.value) == [-1, 1])
        #expect(try await log.timeline("US", "territory").map(\.stance.value) == [-1, 2])
    }

    @Test func asOfDiffCountsOnlyTheStatementsKnownThen() async throws {
        let log = try TestLog()
        let early = try await log.ingest(
            TestLog.article("a", published: "2025-03"), [TestLog.statement("a", "UA", "territory", -2, date: "2025-03")])
        try await log.ingest(
            TestLog.article("b", published: "2025-05"), [TestLog.statement("b", "UA", "territory", 1, date: "2025-05")])
        try await log.engine.catchUp()
        let from = PartialDate("2025-01")!
        let to = PartialDate("2025-12")!
        let then = try await log.queries.diff(from: from, to: to, asOf: .sequence(try #require(early.last?.sequence)))
        let now = try await log.queries.diff(from: from, to: to)
        #expect(then.map(\.statementsBetween) == [1])
        #expect(then.map(\.to.stance?.value) == [-2])
        #expect(now.map(\.statementsBetween) == [2])
        #expect(now.map(\.to.stance?.value) == [1])
    }
}
