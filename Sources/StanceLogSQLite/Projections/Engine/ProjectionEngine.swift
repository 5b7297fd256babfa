package import GRDB
import StanceLogCore
import StanceLogTimeline
import Foundation

/// Keeps projections in step with the log: catch-up from each checkpoint, rebuild, digest.
///
/// Each batch is one write transaction that folds the events and advances the
/// projection's checkpoint (`projection_checkpoints`) together, so an
/// interrupted catch-up or rebuild resumes where it stopped, and two processes
/// catching up at once never apply an event twice.
public struct ProjectionEngine: Sendable {
    /// The projections stancelog maintains, by name.
    package static let standard: [any Projection] = [StanceTimelineProjection(), ArticleCatalogProjection()]

    /// The names of the standard projections, as `stancelog replay --projection` takes them.
    public static var standardNames: [String] { standard.map(\.name) }

    package let database: any DatabaseWriter
    package let projections: [any Projection]
    /// Events folded per transaction.
    public let batchSize: Int

    /// Uses the connection of an opened log and creates or migrates the projection tables (a test hook
    /// outside this module; ``LogDatabase`` opens a log with its projections).
    ///
    /// - Throws: ``StanceLogError`` `newerVersion` naming the file, with nothing
    ///   written, when a newer stancelog migrated it; `storage` when the tables
    ///   cannot be created.
    package init(database: any DatabaseWriter, projections: [any Projection] = standard, batchSize: Int = 20_000)
        throws
    {
        self.database = database
        self.projections = projections
        self.batchSize = max(1, batchSize)
        var migrator = DatabaseMigrator()
        LogSchema.registerProjectionMigrations(projections, in: &migrator)
        let known = LogSchema.knownProjectionMigrations.union(migrator.migrations)
        do {
            try BusyRetry.standard.run(on: database.path) {
                try database.read { db in
                    try LogSchema.refuseNewerProjections(MigrationLedger(db, path: database.path), known: known)
                }
            }
            try SharedMigration(migrator).apply(to: database)
            database.writeWithoutTransaction { db in RuleFunctions.install(in: db) }
        } catch let error as StanceLogError {
            throw error
        } catch {
            throw StanceLogError(
                .storage, "cannot prepare the projection tables: \(error)",
                hint: "the file may come from a newer stancelog; pass another --db")
        }
    }

    /// Uses a read-only connection to a log whose projection tables are current, without migrating
    /// (``LogDatabase/reading(path:)``): for audits and digests, which only read; a catch-up through it fails.
    init(current database: any DatabaseWriter) {
        self.database = database
        projections = Self.standard
        batchSize = 20_000
    }

    /// Uses the database of an opened SQLite log.
    public init(store: SQLiteEventStore) throws {
        try self.init(database: store.database)
    }

    /// The projection called `name`.
    ///
    /// - Throws: ``StanceLogError`` `notFound` listing the known names.
    package func projection(named name: String) throws -> any Projection {
        guard let projection = projections.first(where: { $0.name == name }) else {
            throw StanceLogError(
                .notFound, "no projection named '\(name)'",
                hint: "use one of \(projections.map(\.name).joined(separator: ", "))")
        }
        return projection
    }

    /// Folds every event after each projection's checkpoint; every query starts with this.
    ///
    /// The cost is proportional to the new events and the timelines they touch,
    /// never to the length of the log; no digest is computed.
    @discardableResult
    public func catchUp() async throws -> [ProjectionProgress] {
        var progress: [ProjectionProgress] = []
        for projection in projections {
            progress.append(try await fold(projection))
        }
        return progress
    }

    /// Drops a projection's rows and folds the whole log again from sequence 1.
    ///
    /// - Parameters:
    ///   - projection: the projection to rebuild.
    ///   - digest: also compute the digest of the rebuilt content (a pass over all its rows, not timed).
    /// - Returns: the events folded, the time taken and, when asked, the digest of the rebuilt content.
    ///
    /// The rebuild is one write transaction (``Projection/rebuild(through:in:)``): an
    /// interrupted rebuild leaves the projection as it was, and appends wait for it. It runs
    /// with a small page cache (``rebuildCacheKiB``).
    package func rebuild(_ projection: any Projection, digest: Bool = true) async throws -> ProjectionProgress {
        let started = ContinuousClock.now
        let (events, cost, checkpoint) = try await storage {
            try await database.write { db -> (Int, FoldCost, Int64) in
                let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2_000
                try db.execute(sql: "PRAGMA cache_size = -\(Self.rebuildCacheKiB)")
                defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
                try projection.reset(db)
                let last = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM events") ?? 0
                let events = try Int.fetchOne(db, sql: "SELECT count(*) FROM events WHERE seq <= ?", arguments: [last]) ?? 0
                let cost = try projection.rebuild(through: last, in: db)
                try Self.setCheckpoint(last, of: projection, in: db)
                return (events, cost, last)
            }
        }
        return ProjectionProgress(
            projection: projection.name, events: events, seconds: Self.seconds(since: started), checkpoint: checkpoint,
            digest: digest ? try await self.digest(of: projection) : nil, cost: cost)
    }

    /// SQLite's page cache during a rebuild, in KiB, instead of the writer's 64 MiB.
    ///
    /// A rebuild writes its tables in key order and builds its indexes by sorting, so it
    /// rarely revisits a page; SQLite's sorter sizes its memory from this setting too.
    /// Measured on a log of 1.1M events (`stancelog replay`, back to back): 8 MiB peaks at
    /// 64 MiB resident and rebuilt in 29.9 s; 32 MiB peaked at 122 MiB and took 32.0 s;
    /// the writer's 64 MiB, before this setting, 182 MiB and 37.3 s.
    static let rebuildCacheKiB = 8_192

    /// The SHA-256 of the projection's canonical content, as 64 hex digits.
    package func digest(of projection: any Projection) async throws -> String {
        try await storage {
            try await database.read { db in
                var digest = ContentDigest()
                try projection.writeContent(of: db, to: &digest)
                return digest.finalize()
            }
        }
    }

    /// The last sequence number folded into `projection` (0 before any).
    package func checkpoint(of projection: any Projection) async throws -> Int64 {
        try await storage {
            try await database.read { db in try Self.checkpoint(of: projection, in: db) }
        }
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private func fold(_ projection: any Projection) async throws -> ProjectionProgress {
        let started = ContinuousClock.now
        var events = 0
        var cost = FoldCost()
        while true {
            let limit = batchSize
            let (count, batchCost) = try await storage {
                try await database.write { db -> (Int, FoldCost) in
                    let from = try Self.checkpoint(of: projection, in: db)
                    let batch = try EventBatchReader.events(after: from, limit: limit, in: db)
                    guard let last = batch.last else { return (0, FoldCost()) }
                    let batchCost = try projection.apply(batch, in: db)
                    try Self.setCheckpoint(last.sequence, of: projection, in: db)
                    return (batch.count, batchCost)
                }
            }
            events += count
            cost = cost + batchCost
            if count < limit { break }
        }
        return ProjectionProgress(
            projection: projection.name, events: events, seconds: Self.seconds(since: started),
            checkpoint: try await checkpoint(of: projection),
            digest: nil, cost: cost)
    }

    static func checkpoint(of projection: any Projection, in db: Database) throws -> Int64 {
        try Int64.fetchOne(
            db, sql: "SELECT seq FROM projection_checkpoints WHERE name = ?", arguments: [projection.name]) ?? 0
    }

    private static func setCheckpoint(_ sequence: Int64, of projection: any Projection, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO projection_checkpoints (name, seq) VALUES (?, ?)",
            arguments: [projection.name, sequence])
    }

    private func storage<T>(_ body: () async throws -> T) async throws -> T {
        try await withStorageErrors(
            "the projection tables of \(database.path) refused the operation",
            hint: "if the database is locked, retry; `stancelog replay` rebuilds the projections from the log",
            database: database.path, body)
    }
}
