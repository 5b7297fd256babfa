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
    public func projections() throws -> ProjectionEngine {
        try ProjectionEngine(store: store)
    }

    /// The queries over the projections, once these have folded every event in the log.
    public func caughtUpQueries() async throws -> StanceQueries {
        try await projections().catchUp()
        return StanceQueries(store: store)
    }
}
