import GRDB

/// The named, append-only migrations of the event log's tables.
///
/// Migrations use raw table and column names, never app types, and are never
/// edited once released; a change is a new migration.
enum EventSchema {
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
}
