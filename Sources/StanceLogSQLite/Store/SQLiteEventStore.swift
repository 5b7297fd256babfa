public import Foundation
package import GRDB
public import StanceLogCore

/// The default event store: one SQLite file in WAL mode, through GRDB.
///
/// Each `append` is one transaction; triggers make any UPDATE or DELETE of an
/// event fail, even from the sqlite3 shell; the columns that queries need
/// (article, statement, party, topic, stance, dates) are typed and indexed.
public final class SQLiteEventStore: EventStore {
    /// The connection, shared with the projections that live in the same file (a test hook outside this module).
    package let database: any DatabaseWriter
    private let clock: @Sendable () -> Date

    /// Opens (and creates or migrates) the event tables of the log at `path`, leaving its
    /// projection tables alone (``LogDatabase`` opens both).
    ///
    /// A file that is not a stancelog log, or one a newer stancelog migrated, is
    /// refused before anything is written to it.
    ///
    /// - Throws: ``StanceLogError`` naming the path: `storage` when it cannot be
    ///   opened or created; `notALog` or `newerVersion` (``LogSchema``).
    public convenience init(path: String, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        try DatabaseFile.requireUsable(path, scope: .events)
        try self.init(database: DatabaseFile.openPool(path, configuration: Self.configuration()), clock: clock)
    }

    /// A log in memory, for tests.
    public static func inMemory(clock: @escaping @Sendable () -> Date = { Date() }) throws -> SQLiteEventStore {
        try SQLiteEventStore(database: DatabaseQueue(configuration: configuration()), clock: clock)
    }

    /// Uses an open connection and migrates its event tables (a test hook outside this module).
    ///
    /// - Throws: ``StanceLogError`` `notALog` when the database holds other tables
    ///   and no stancelog log, `newerVersion` when a newer stancelog migrated it
    ///   (both before anything is written), `storage` when migrating fails.
    package init(database: any DatabaseWriter, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.database = database
        self.clock = clock
        var migrator = DatabaseMigrator()
        LogSchema.registerEventMigrations(in: &migrator)
        do {
            try BusyRetry.standard.run(on: database.path) {
                try database.read { db in
                    try LogSchema.requireCompatible(MigrationLedger(db, path: database.path), scope: .events)
                }
            }
            try SharedMigration(migrator).apply(to: database)
        } catch let error as StanceLogError {
            throw error
        } catch {
            throw StanceLogError(
                .storage, "cannot prepare the event tables: \(error)",
                hint: "the file may not be a stancelog database; pass another --db")
        }
    }

    /// Uses a connection that SQLite keeps read-only, without migrating: for a log whose event tables are current
    /// (``LogDatabase/reading(path:)``). Every append through it fails.
    init(reading database: any DatabaseWriter, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.clock = clock
    }

    /// SQLite's page cache for the writing connection, in KiB (64 MiB; SQLite's default is 2 MiB).
    ///
    /// The indexes on `(stream_id, stream_version)` and `statement_id` have
    /// hash keys, so every insert lands on a random index page; once they
    /// outgrow 2 MiB (about 20,000 events) each append re-read and rewrote
    /// evicted pages (the profile of issue 6: pread/pwrite inside libsqlite3).
    /// Only the writer gets it, so readers (a replay) stay small.
    static let writerCacheKiB = 65_536

    /// The start of every storage error's message, naming the file.
    var failure: String { "the database \(database.path) refused the operation" }
    static let hint = "if the database is locked, retry; if it is damaged, run `stancelog verify`"

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            guard !db.configuration.readonly else { return }
            try db.execute(sql: "PRAGMA cache_size = -\(writerCacheKiB)")
        }
        return configuration
    }

    @discardableResult
    public func append(_ batches: [StreamAppend]) async throws -> [RecordedEvent] {
        let now = RecordTime(clock())
        return try await withStorageErrors(failure, hint: Self.hint, database: database.path) {
            try await database.write { db in
                let head = try Self.head(db)
                // Prepared once per connection, not once per stream: preparing it cost 13 % of an append (perf5).
                let lastVersion = try db.cachedStatement(sql: "SELECT max(stream_version) FROM events WHERE stream_id = ?")
                let sealed = try head.seal(batches, now: now) { stream in
                    try Int.fetchOne(lastVersion, arguments: [stream.rawValue]) ?? 0
                }
                try Self.insert(sealed, into: db)
                return sealed
            }
        }
    }

    public func read(_ query: EventQuery) async throws -> [RecordedEvent] {
        var conditions = ["seq >= ?"]
        var arguments: [(any DatabaseValueConvertible)?] = [query.fromSequence]
        if let types = query.types {
            conditions.append("type IN (\(types.map { _ in "?" }.joined(separator: ", ")))")
            arguments += types.sorted { $0.rawValue < $1.rawValue }.map(\.rawValue)
        }
        if let article = query.articleID {
            conditions.append("stream_id = ?")
            arguments.append(StreamID.article(article).rawValue)
        }
        if let party = query.party {
            conditions.append("party = ?")
            arguments.append(party.rawValue)
        }
        if let statement = query.statementID {
            conditions.append("statement_id = ?")
            arguments.append(statement.rawValue)
        }
        var sql = "SELECT \(EventRow.columns) FROM events WHERE \(conditions.joined(separator: " AND ")) ORDER BY seq"
        if let limit = query.limit { sql += " LIMIT \(max(limit, 0))" }
        let finalSQL = sql
        let finalArguments = StatementArguments(arguments)
        return try await withStorageErrors(failure, hint: Self.hint, database: database.path) {
            try await database.read { db in
                try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments).map(EventRow.decode)
            }
        }
    }

    public func readStream(_ stream: StreamID) async throws -> [RecordedEvent] {
        try await withStorageErrors(failure, hint: Self.hint, database: database.path) {
            try await database.read { db in
                try Row.fetchAll(
                    db,
                    sql: "SELECT \(EventRow.columns) FROM events WHERE stream_id = ? ORDER BY stream_version",
                    arguments: [stream.rawValue]
                ).map(EventRow.decode)
            }
        }
    }

    public func lastPosition() async throws -> Int64 {
        try await withStorageErrors(failure, hint: Self.hint, database: database.path) {
            try await database.read { db in
                try Int64.fetchOne(db, sql: "SELECT max(seq) FROM events") ?? 0
            }
        }
    }

    public func importRecorded(_ events: [RecordedEvent]) async throws {
        try await withStorageErrors(failure, hint: Self.hint, database: database.path) {
            try await database.write { db in
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0
                guard count == 0 else {
                    throw StanceLogError(
                        .storeNotEmpty, "the database already holds \(count) events",
                        hint: "import into a new, empty database (pass another --db)")
                }
                try Self.insert(events, into: db)
            }
        }
    }

    private static func head(_ db: Database) throws -> ChainHead {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT seq, hash, recorded_at FROM events ORDER BY seq DESC LIMIT 1")
        else { return .empty }
        return ChainHead(sequence: row[0], hash: row[1], recordedAt: RecordTime(milliseconds: row[2]))
    }

    private static func insert(_ events: [RecordedEvent], into db: Database) throws {
        let statement = try db.cachedStatement(sql: EventRow.insertSQL)
        for event in events {
            try EventRow.insert(event, with: statement, in: db)
        }
    }
}
