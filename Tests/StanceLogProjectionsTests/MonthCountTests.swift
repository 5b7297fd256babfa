import Foundation
import GRDB
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import StanceLogTimeline
import Testing

/// The month counts that replaced the running `cumulative` count of every point
/// (migration `v2-projection-stance-timeline-month-counts`).
@Suite struct MonthCountTests {
    private static let dates = [
        "2023", "2023-12-31", "2024-01-01", "2024-05-31", "2024-06", "2024-06-01", "2024-06-29", "2024-06-30",
        "2024-07-01", "2025-02-11", "2025-02-12", "2025-02", "2025-12-06", "2026",
    ]

    @Test(arguments: [UInt64(3), 17, 40])
    func statementsBetweenTwoDatesAreTheLiveStatementsCountedThen(seed: UInt64) async throws {
        let test = try TestLog()
        for group in RandomLog(seed: seed, operations: 80).groups { try await test.append(group) }
        try await test.engine.catchUp()
        let now = AsOf.sequence(try await test.store.lastPosition())
        for (index, from) in Self.dates.enumerated() {
            for to in Self.dates[index...] {
                let lower = try #require(PartialDate(from))
                let upper = try #require(PartialDate(to))
                guard lower.lastDay <= upper.lastDay else { continue }
                let materialised = try await test.queries.diff(from: lower, to: upper)
                let folded = try await test.queries.diff(from: lower, to: upper, asOf: now)
                #expect(materialised.map(\.statementsBetween) == folded.map(\.statementsBetween), "\(from) → \(to)")
            }
        }
    }

    @Test func projectionTablesFromBeforeTheMonthCountsMigrateToWhatARebuildWrites() async throws {
        let test = try TestLog()
        for group in RandomLog(seed: 11, operations: 120).groups { try await test.append(group) }
        try await test.engine.catchUp()
        let current = try await test.engine.digest(of: StanceTimelineProjection())
        try await test.store.database.write { db in
            try db.execute(
                sql: """
                    DROP TABLE stance_counts;
                    ALTER TABLE stance_points ADD COLUMN cumulative INTEGER NOT NULL DEFAULT 0;
                    UPDATE stance_points SET cumulative = (
                        SELECT sum(p.statements) FROM stance_points p
                        WHERE p.party = stance_points.party AND p.topic = stance_points.topic
                              AND p.valid_end <= stance_points.valid_end);
                    DELETE FROM grdb_migrations WHERE identifier = 'v2-projection-stance-timeline-month-counts';
                    """)
        }
        let reopened = try ProjectionEngine(database: test.store.database)
        let migrated = try await reopened.digest(of: StanceTimelineProjection())
        #expect(migrated == current)
        #expect(try await test.rebuiltDigest() == migrated)
    }
}
