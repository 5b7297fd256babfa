public import StanceLogCore
import GRDB
import StanceLogSQLite
import StanceLogTimeline
import StanceLogSQLite

/// Stages 3 to 5 through the real projections: ``ProjectionEngine`` and ``StanceQueries``.
///
/// Keeps the log it was last asked about open, so a query is timed as the
/// query, not as opening the file; `stancelog state` and friends open the file
/// and catch up first, which adds a constant, not a cost that grows with the log.
public actor ProjectionAdapter: ProjectionBenchmarking {
    private struct OpenLog {
        let path: String
        let store: SQLiteEventStore
        let engine: ProjectionEngine
        let queries: StanceQueries
    }

    private var log: OpenLog?

    public init() {}

    public func rebuild(logAt path: String) async throws -> Int {
        let engine = try open(path).engine
        var events = 0
        for projection in engine.projections {
            events = max(events, try await engine.rebuild(projection, digest: false).events)
        }
        return events
    }

    public func state(at date: PartialDate, logAt path: String) async throws -> Int {
        try await open(path).queries.state(at: date).count
    }

    public func timeline(party: PartyID, topic: TopicID, logAt path: String) async throws -> Int {
        try await open(path).queries.timeline(party: party, topic: topic).count
    }

    public func diff(from: PartialDate, to: PartialDate, logAt path: String) async throws -> Int {
        try await open(path).queries.diff(from: from, to: to).reduce(0) { $0 + $1.changes.count }
    }

    public func timeline(from: PartialDate, limit: Int, logAt path: String) async throws -> Int {
        try await open(path).queries.timeline(
            filter: .all, asOf: nil, changesOnly: true, window: TimelineWindow(from: from, limit: limit)
        ).count
    }

    public func diffSummary(from: PartialDate, to: PartialDate, logAt path: String) async throws -> Int {
        try await open(path).queries.diffSummary(from: from, to: to, asOf: nil, filter: .all).count
    }

    /// Every table but the log's own (`events`, its indexes, GRDB's migrations), from SQLite's `dbstat`.
    public func projectionBytes(logAt path: String) async throws -> Int {
        try await open(path).store.database.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN (
                        SELECT name FROM sqlite_master WHERE tbl_name NOT IN ('events', 'grdb_migrations'))
                    """) ?? 0
        }
    }

    public func catchUp(logAt path: String) async throws -> (timelines: Int, points: Int) {
        let progress = try await open(path).engine.catchUp()
        let cost = progress.first { $0.projection == StanceTimelineProjection.projectionName }?.cost ?? FoldCost()
        return (cost.timelinesRefolded, cost.pointsRefolded)
    }

    private func open(_ path: String) throws -> OpenLog {
        if let log, log.path == path { return log }
        let store = try SQLiteEventStore(path: path)
        let opened = OpenLog(path: path, store: store, engine: try ProjectionEngine(store: store), queries: StanceQueries(store: store))
        log = opened
        return opened
    }
}
