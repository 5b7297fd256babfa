import Foundation
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import StanceLogTimeline
import Testing

/// `timeline --from/--to/--limit` and `diff --summary` read less and answer the same.
@Suite struct BoundedQueryTests {
    private static let windows: [TimelineWindow] = [
        TimelineWindow(limit: 1), TimelineWindow(limit: 5),
        TimelineWindow(from: PartialDate("2024-06"), to: PartialDate("2025-02-12")),
        TimelineWindow(from: PartialDate("2024-06-30"), limit: 3), TimelineWindow(to: PartialDate("2024"), limit: 2),
        TimelineWindow(from: PartialDate("2026")),
    ]

    @Test(arguments: [UInt64(5), 23])
    func aWindowedTimelineIsTheWholeTimelineFilteredAndCut(seed: UInt64) async throws {
        let test = try TestLog()
        for group in RandomLog(seed: seed, operations: 90).groups { try await test.append(group) }
        try await test.engine.catchUp()
        for changesOnly in [true, false] {
            let whole = try await test.queries.timeline(filter: .all, asOf: nil, changesOnly: changesOnly)
            for window in Self.windows {
                let bounded = try await test.queries.timeline(
                    filter: .all, asOf: nil, changesOnly: changesOnly, window: window)
                let expected = Array(whole.filter(window.admits).prefix(window.limit ?? .max))
                #expect(bounded == expected, "\(window)")
            }
        }
    }

    @Test func aSummaryKeepsTheEndsTheCountsAndWhetherTheStanceMoved() async throws {
        let test = try TestLog()
        for group in RandomLog(seed: 8, operations: 90).groups { try await test.append(group) }
        try await test.engine.catchUp()
        let from = try #require(PartialDate("2023"))
        let to = try #require(PartialDate("2025-12"))
        let full = try await test.queries.diff(from: from, to: to)
        let summary = try await test.queries.diffSummary(from: from, to: to, asOf: nil, filter: .all)
        #expect(summary == full.map(\.summarised))
        #expect(summary.map(\.changed) == full.map(\.changed))
        #expect(full.contains { $0.changes.count > 1 })
    }
}
