public import Foundation
import GRDB
import StanceLogCore

/// A stancelog log file opened for use: its event store, and its projections and queries on demand.
///
/// Opening checks the file once, read-only and before anything is written to it
/// (``LogSchema``: missing, empty, or a stancelog log whose event *and* projection
/// tables this stancelog knows), then migrates the event tables. The projection
/// tables are created or migrated when ``projections()`` is first asked for, so a
/// command that only reads or appends events changes nothing else in the file.
/// Every command that uses a log opens it through here.
///
/// A log kept elsewhere (a server) can be read by mirroring its events into a
/// local `LogDatabase`: the projections and the queries then work unchanged.
public struct LogDatabase: Sendable {
    /// The file, as given.
    public let path: String
    /// The event log.
    public let store: SQLiteEventStore
    /// For a log opened by ``reading(path:)`` that had to be migrated or caught up: what was done, in memory,
    /// instead of writing to the file, and how to store it; nil otherwise.
    public let readingNote: String?
    /// True when ``store`` reads the file through a read-only connection, its projections current.
    private let readOnly: Bool

    /// Opens (and creates or migrates) the log at `path`.
    ///
    /// - Throws: ``StanceLogError`` naming the path: `storage` when it cannot be opened
    ///   or created; `notALog` for someone else's file; `newerVersion` when a newer
    ///   stancelog migrated its event or projection tables (the file is left unchanged).
    public init(path: String, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        try DatabaseFile.requireUsable(path, scope: .all)
        self.path = path
        store = try SQLiteEventStore(
            database: DatabaseFile.openPool(path, configuration: SQLiteEventStore.configuration()), clock: clock)
        readingNote = nil
        readOnly = false
    }

    private init(path: String, store: SQLiteEventStore, readingNote: String?, readOnly: Bool) {
        self.path = path
        self.store = store
        self.readingNote = readingNote
        self.readOnly = readOnly
    }

    /// Opens the log at `path` for a command that only reads it: never migrates, never writes, and leaves no
    /// `-wal` or `-shm` file that was not there (``ReadOnlyConnection`` says how, for each kind of reader).
    ///
    /// A log whose tables need migrating, or whose projections have not folded every event (one written by an
    /// older stancelog, or by a write that stopped before its catch-up), is copied into memory and migrated and
    /// caught up there: the answer is complete, the file unchanged, and ``readingNote`` says what to run to
    /// store the work. Write commands catch the projections up before they finish, so this is the exception.
    ///
    /// - Throws: ``StanceLogError`` naming the path, as ``init(path:clock:)``; `storage` saying why when SQLite
    ///   cannot read the file (a read-only folder or mount holding a `-wal` without a readable `-shm`).
    public static func reading(path: String) async throws -> LogDatabase {
        try DatabaseFile.requireUsable(path, scope: .all)
        let reader = try DatabaseFile.openReader(path)
        let lag = try await withStorageErrors(
            "cannot read the database \(path)", hint: SQLiteEventStore.hint, database: path
        ) {
            try await reader.read { db in try LogReadiness(db, path: path).lag }
        }
        guard let lag else {
            return LogDatabase(path: path, store: SQLiteEventStore(reading: reader), readingNote: nil, readOnly: true)
        }
        let memory = try await withStorageErrors(
            "cannot copy \(path) into memory", hint: SQLiteEventStore.hint, database: path
        ) {
            let memory = try DatabaseQueue(configuration: SQLiteEventStore.configuration())
            try reader.backup(to: memory)
            return memory
        }
        let note =
            "note: \(path) \(lag); this command did that in memory and left the file unchanged "
            + "(`stancelog replay` stores it, as does any command that writes the log)"
        return LogDatabase(path: path, store: try SQLiteEventStore(database: memory), readingNote: note, readOnly: false)
    }

    /// Checks, through a read-only connection and before anything is written, that the
    /// database at `path` is missing, empty, or a log whose event and projection tables
    /// this stancelog knows.
    ///
    /// - Throws: ``StanceLogError`` naming the file, as ``init(path:clock:)``.
    public static func requireCompatible(databaseAt path: String) throws {
        try DatabaseFile.requireUsable(path, scope: .all)
    }

    /// The projections kept in the log's file, their tables created or migrated.
    ///
    /// - Throws: ``StanceLogError`` `storage` when the tables cannot be created.
    /// A log opened by ``reading(path:)`` from its file has current tables, which are used as they are.
    public func projections() throws -> ProjectionEngine {
        readOnly ? ProjectionEngine(current: store.database) : try ProjectionEngine(store: store)
    }

    /// The queries over the projections, once these have folded every event in the log.
    public func caughtUpQueries() async throws -> StanceQueries {
        if !readOnly { try await projections().catchUp() }
        return StanceQueries(store: store)
    }
}
