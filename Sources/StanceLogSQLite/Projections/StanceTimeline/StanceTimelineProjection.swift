package import GRDB
package import StanceLogTimeline

/// The stance of every (party, topic) over valid time, bitemporal by construction.
///
/// `statement_versions` holds each version of each statement with the sequence
/// number that opened it and the one that closed it (a correction, a retraction,
/// or the supersession of its extraction), so any past state of knowledge is a
/// filter on those numbers. `stance_points` materialises the combined timeline
/// of the current knowledge (see ``StanceCombiner`` for the rules).
package struct StanceTimelineProjection: Projection {
    package static let projectionName = "stance_timeline"

    package init() {}

    package var name: String { Self.projectionName }

    package func registerMigrations(in migrator: inout DatabaseMigrator) {
        StanceTimelineSchema.register(in: &migrator)
    }

    package func reset(_ db: Database) throws {
        for table in StanceTimelineSchema.tables {
            try db.execute(sql: "DELETE FROM \(table)")
        }
    }

    package func apply(_ events: [ProjectedEvent], in db: Database) throws -> FoldCost {
        var fold = try StanceTimelineFold(db: db)
        return try fold.run(events)
    }

    /// Loads the log with set-based SQL when it holds only articles and statements
    /// (``StanceTimelineBulkLoad``), otherwise streams it once through the same fold as
    /// ``apply(_:in:)``; either way with the secondary indexes built after loading and each
    /// timeline folded once at the end (on the set-based path, from one sorted pass before the
    /// indexes exist).
    package func rebuild(through sequence: Int64, in db: Database) throws -> FoldCost {
        var deferred = DeferredIndexes()
        try deferred.drop(["statement_versions_by_pair"], in: db)
        var fold = try StanceTimelineFold(db: db)
        let versions = try StanceTimelineBulkLoad.load(through: sequence, deferring: &deferred, in: db)
        if versions == nil {
            try EventBatchReader.forEach(after: 0, in: db) { event in
                if event.sequence <= sequence { try fold.apply(event) }
            }
        }
        guard let versions else {
            try deferred.restore(in: db)
            return try fold.finish()
        }
        var cost = try StanceTimelineBulkLoad.foldTimelines(in: db)
        try deferred.restore(in: db)
        cost.versionsWritten = versions
        return cost
    }

    package func writeContent(of db: Database, to digest: inout ContentDigest) throws {
        for (table, sql) in StanceTimelineSchema.digestQueries {
            try digest.add(table: table, rows: sql, in: db)
        }
    }
}
