import Foundation
import StanceLogCore
import StanceLogSQLite
import StanceLogTimeline
import Testing

@Suite struct PartialDateRuleTests {
    @Test(arguments: [
        ("2025-02-27", nil), ("2025-02-28", -1), ("2025-02", -1), ("2025-03-01", -1), ("2025-01", nil),
    ])
    func monthStatementCountsFromTheLastDayOfItsMonth(at date: String, expected: Int?) async throws {
        let log = try TestLog()
        try await log.ingest(TestLog.article("a", published: "2025-02"), [TestLog.statement("a", "US", "territory", -1, date: "2025-02")])
        #expect(try await log.stance("US", "territory", at: date) == expected)
    }

    @Test(arguments: [("2024-12-30", nil), ("2024-12-31", 2), ("2024", 2), ("2025", 2)])
    func yearStatementCountsFromTheLastDayOfItsYear(at date: String, expected: Int?) async throws {
        let log = try TestLog()
        try await log.ingest(TestLog.article("a", published: "2024"), [TestLog.statement("a", "UA", "nato_membership", 2, date: "2024")])
        #expect(try await log.stance("UA", "nato_membership", at: date) == expected)
    }

    @Test func dayStatementInsideAMonthIsOverriddenByTheMonthStatementAtMonthEnd() async throws {
        let log = try TestLog()
        try await log.ingest(
            TestLog.article("a", published: "2025-02"),
            [
                TestLog.statement("a", "US", "territory", 2, date: "2025-02-10"),
                TestLog.statement("a", "US", "territory", -2, date: "2025-02"),
            ])
        #expect(try await log.stance("US", "territory", at: "2025-02-15") == 2)
        #expect(try await log.stance("US", "territory", at: "2025-02-28") == -2)
        let points = try await log.timeline("US", "territory")
        #expect(points.map(\.date.description) == ["2025-02-10", "2025-02"])
    }

    @Test func statementsOfDifferentPrecisionEndingOnTheSameDayCombine() async throws {
        let log = try TestLog()
        try await log.ingest(
            TestLog.article("a", published: "2025-02"),
            [
                TestLog.statement("a", "US", "territory", 2, date: "2025-02-28"),
                TestLog.statement("a", "US", "territory", 1, date: "2025-02"),
            ])
        let points = try await log.timeline("US", "territory")
        #expect(points.count == 1)
        #expect(points.first?.stance.value == 1)
        #expect(points.first?.statements == 2)
    }
}
