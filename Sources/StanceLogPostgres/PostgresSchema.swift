/// The named, append-only migrations of a PostgreSQL event log, in the schema the URL names.
///
/// Like the SQLite schema: raw table and column names, never edited once
/// released, a change is a new migration. The `events` table has the SQLite
/// store's typed columns; the payload is `bytea`, never `jsonb`, because `jsonb`
/// reorders keys and the stored hashes would no longer recompute. `log_head`
/// is one row: the last event's sequence, hash and record time, which every
/// append locks first (``PostgresEventStore``).
struct PostgresSchema: Sendable {
    /// A migration: its identifier, recorded in `migrations`, and its SQL statements.
    struct Migration: Sendable {
        let identifier: String
        let statements: [String]
    }

    /// The PostgreSQL schema, a plain identifier (``PostgresURL/isPlainIdentifier(_:)``).
    let name: String

    /// SQLSTATE raised when a client updates, deletes or truncates what is append-only.
    static let appendOnlyState = "SL001"
    /// SQLSTATE raised when a new event's `prev_hash` is not the hash of the event before it.
    static let chainLinkState = "SL002"

    /// The table of applied migrations.
    var migrationsTable: String { "\(name).migrations" }
    var events: String { "\(name).events" }
    var head: String { "\(name).log_head" }

    /// Every migration, in order.
    var migrations: [Migration] { [eventsV1] }

    /// The identifiers of every migration this stancelog knows.
    var identifiers: Set<String> { Set(migrations.map(\.identifier)) }

    private var eventsV1: Migration {
        Migration(identifier: "v1-events", statements: [
            """
            CREATE TABLE \(events) (
                seq bigint PRIMARY KEY,
                stream_id text NOT NULL,
                stream_version integer NOT NULL,
                type text NOT NULL,
                schema_version integer NOT NULL,
                payload bytea NOT NULL,
                recorded_at bigint NOT NULL,
                prev_hash text NOT NULL,
                hash text NOT NULL,
                article_id text NOT NULL,
                statement_id text,
                party text,
                topic text,
                stance smallint,
                attribution text,
                valid_date text,
                valid_start integer,
                valid_end integer,
                extraction text,
                UNIQUE (stream_id, stream_version)
            )
            """,
            "CREATE INDEX events_by_statement ON \(events) (statement_id) WHERE statement_id IS NOT NULL",
            "CREATE INDEX events_by_recorded_at ON \(events) (recorded_at)",
            """
            CREATE TABLE \(head) (
                singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
                seq bigint NOT NULL,
                hash text NOT NULL,
                recorded_at bigint NOT NULL
            )
            """,
            "INSERT INTO \(head) (seq, hash, recorded_at) VALUES (0, repeat('0', 64), 0)",
            """
            CREATE FUNCTION \(name).refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'stancelog %.% is append-only: % is not allowed', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
                    USING ERRCODE = '\(Self.appendOnlyState)';
            END $$
            """,
            """
            CREATE TRIGGER events_refuse_update_delete BEFORE UPDATE OR DELETE ON \(events)
                FOR EACH ROW EXECUTE FUNCTION \(name).refuse_change()
            """,
            """
            CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON \(events)
                FOR EACH STATEMENT EXECUTE FUNCTION \(name).refuse_change()
            """,
            """
            CREATE TRIGGER log_head_refuse_delete BEFORE DELETE ON \(head)
                FOR EACH ROW EXECUTE FUNCTION \(name).refuse_change()
            """,
            """
            CREATE TRIGGER log_head_refuse_truncate BEFORE TRUNCATE ON \(head)
                FOR EACH STATEMENT EXECUTE FUNCTION \(name).refuse_change()
            """,
            // Each new event links to the one before; rows inserted earlier by the
            // same statement are visible here, so a multi-row insert is checked row by row.
            """
            CREATE FUNCTION \(name).check_link() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                expected text;
            BEGIN
                IF NEW.seq = 1 THEN
                    expected := repeat('0', 64);
                ELSE
                    SELECT hash INTO expected FROM \(events) WHERE seq = NEW.seq - 1;
                END IF;
                IF expected IS NULL THEN
                    RAISE EXCEPTION 'stancelog event % does not follow the log: event % is missing', NEW.seq, NEW.seq - 1
                        USING ERRCODE = '\(Self.chainLinkState)';
                END IF;
                IF NEW.prev_hash IS DISTINCT FROM expected THEN
                    RAISE EXCEPTION 'stancelog event % has prev_hash %, but event % has hash %',
                        NEW.seq, NEW.prev_hash, NEW.seq - 1, expected
                        USING ERRCODE = '\(Self.chainLinkState)';
                END IF;
                RETURN NEW;
            END $$
            """,
            """
            CREATE TRIGGER events_check_link BEFORE INSERT ON \(events)
                FOR EACH ROW EXECUTE FUNCTION \(name).check_link()
            """,
            // The head can only move to the last event, so it cannot be set to a forged hash.
            """
            CREATE FUNCTION \(name).check_head() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                last_seq bigint;
                last_hash text;
            BEGIN
                SELECT seq, hash INTO last_seq, last_hash FROM \(events) ORDER BY seq DESC LIMIT 1;
                IF NEW.seq IS DISTINCT FROM coalesce(last_seq, 0)
                    OR NEW.hash IS DISTINCT FROM coalesce(last_hash, repeat('0', 64)) THEN
                    RAISE EXCEPTION 'stancelog log_head must name the last event (%), not event %',
                        coalesce(last_seq, 0), NEW.seq
                        USING ERRCODE = '\(Self.chainLinkState)';
                END IF;
                RETURN NEW;
            END $$
            """,
            """
            CREATE TRIGGER log_head_check BEFORE UPDATE ON \(head)
                FOR EACH ROW EXECUTE FUNCTION \(name).check_head()
            """,
        ])
    }
}
