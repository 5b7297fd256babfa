import GRDB
import StanceLogCore

/// The named, append-only migrations of the event log's tables.
///
/// Migrations use raw table and column names, never app types, and are never
/// edited once released; a change is a new migration. Event-table migrations
/// are named `v<N>-events…`; the projection engine's are `v<N>-projection-…`
/// (``MigrationLedger/isProjectionMigration(_:)``), and the event store leaves those to it.
enum EventSchema {
    /// The first migration of every stancelog database: its presence marks a file as a stancelog log.
    static let firstMigration = "v1-events"

    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-events") { db in
            try db.execute(
                sql: """
                    CREATE TABLE events (
                        seq INTEGER PRIMARY KEY,
                        stream_id TEXT NOT NULL,
                        stream_version INTEGER NOT NULL,
                        type TEXT NOT NULL,
                        schema_version INTEGER NOT NULL,
                        payload TEXT NOT NULL,
                        recorded_at INTEGER NOT NULL,
                        prev_hash TEXT NOT NULL,
                        hash TEXT NOT NULL,
                        article_id TEXT NOT NULL,
                        statement_id TEXT,
                        party TEXT,
                        topic TEXT,
                        stance INTEGER,
                        attribution TEXT,
                        valid_date TEXT,
                        valid_start INTEGER,
                        valid_end INTEGER,
                        extraction TEXT,
                        UNIQUE (stream_id, stream_version)
                    );
                    CREATE INDEX events_by_statement ON events(statement_id) WHERE statement_id IS NOT NULL;
                    CREATE INDEX events_by_recorded_at ON events(recorded_at);
                    CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
                    BEGIN SELECT RAISE(ABORT, 'stancelog events are append-only: UPDATE is not allowed'); END;
                    CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
                    BEGIN SELECT RAISE(ABORT, 'stancelog events are append-only: DELETE is not allowed'); END;
                    """)
        }
    }

    /// The identifiers of every event-table migration this stancelog knows.
    static var identifiers: Set<String> {
        var migrator = DatabaseMigrator()
        register(in: &migrator)
        return Set(migrator.migrations)
    }

    /// Checks, before migrating, that a database is empty or a stancelog log this version can use.
    ///
    /// - Throws: ``StanceLogError`` `notALog` for a database with other tables and
    ///   no stancelog log; `newerVersion` when a newer stancelog migrated its event tables.
    static func requireCompatible(_ ledger: MigrationLedger) throws {
        guard !ledger.isEmpty else { return }
        guard ledger.applied.contains(firstMigration) else {
            let tables = ledger.tables.isEmpty ? "no tables" : "the tables \(ledger.tables.joined(separator: ", "))"
            throw StanceLogError(
                .notALog, "\(ledger.path) is an SQLite database but not a stancelog log: it has \(tables) and no stancelog events",
                hint: "pass a stancelog log or a new file name with --db; stancelog left this file unchanged")
        }
        try ledger.refuseNewer(known: identifiers, of: "event tables") { !MigrationLedger.isProjectionMigration($0) }
    }
}
