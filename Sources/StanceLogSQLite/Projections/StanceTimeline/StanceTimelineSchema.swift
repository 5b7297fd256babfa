import GRDB

/// The named, append-only migrations of the stance timeline's tables.
///
/// Indexes, and the queries they serve:
/// - `timeline_statements` primary key `statement_id`: corrections and retractions find their statement.
/// - `timeline_statements_by_article (article_id) WHERE extraction IS NOT NULL`: a supersession finds
///   the extracted statements of its article.
/// - `statement_versions_by_pair (party, topic, valid_end, from_seq, to_seq)`: the re-fold of one
///   timeline from a date onward, and every `--as-of` query (the seq filter is read from the index).
/// - `stance_points` primary key `(party, topic, valid_end)`: the stance at a date is one descent
///   (`valid_end <= ? ORDER BY valid_end DESC LIMIT 1`); the point after a day is one descent too.
/// - `stance_counts` primary key `(party, topic, month)`: the live statements of a timeline per
///   calendar month (`yyyymm`), so that the statements between two dates are the months in between
///   plus the points of the two end months (``StatementBuckets``).
/// - `stance_pairs` primary key `(party, topic)`: the cells of the matrix.
///
/// `v2-projection-stance-timeline-month-counts` dropped the running `cumulative` count of every
/// point: with it, a statement of an old date shifted every later point of its timeline, so one
/// late report rewrote the timeline from its date on. Now it rewrites its own day's point, the
/// `previous_stance` of the next point and one month's count (``TimelineDayFold``). The migration
/// derives the month counts from the points' own counts, so no rebuild is needed
/// (`stancelog replay` gives the same tables).
enum StanceTimelineSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-projection-stance-timeline") { db in
            try db.execute(
                sql: """
                    CREATE TABLE timeline_articles (
                        article_id TEXT PRIMARY KEY,
                        extraction TEXT
                    ) WITHOUT ROWID;
                    CREATE TABLE timeline_statements (
                        statement_id TEXT PRIMARY KEY,
                        article_id TEXT NOT NULL,
                        extraction TEXT,
                        party TEXT NOT NULL,
                        topic TEXT NOT NULL,
                        stance INTEGER NOT NULL,
                        attribution TEXT NOT NULL,
                        valid_date TEXT NOT NULL,
                        valid_start INTEGER NOT NULL,
                        valid_end INTEGER NOT NULL,
                        corrected INTEGER NOT NULL,
                        retracted INTEGER NOT NULL,
                        live_version INTEGER
                    ) WITHOUT ROWID;
                    CREATE INDEX timeline_statements_by_article ON timeline_statements(article_id)
                        WHERE extraction IS NOT NULL;
                    CREATE TABLE statement_versions (
                        statement_id TEXT NOT NULL,
                        from_seq INTEGER NOT NULL,
                        to_seq INTEGER,
                        article_id TEXT NOT NULL,
                        party TEXT NOT NULL,
                        topic TEXT NOT NULL,
                        stance INTEGER NOT NULL,
                        attribution TEXT NOT NULL,
                        reviewed INTEGER NOT NULL,
                        valid_date TEXT NOT NULL,
                        valid_start INTEGER NOT NULL,
                        valid_end INTEGER NOT NULL
                    );
                    CREATE INDEX statement_versions_by_pair
                        ON statement_versions(party, topic, valid_end, from_seq, to_seq);
                    CREATE TABLE stance_pairs (
                        party TEXT NOT NULL,
                        topic TEXT NOT NULL,
                        first_seq INTEGER NOT NULL,
                        PRIMARY KEY (party, topic)
                    ) WITHOUT ROWID;
                    CREATE TABLE stance_points (
                        party TEXT NOT NULL,
                        topic TEXT NOT NULL,
                        valid_end INTEGER NOT NULL,
                        valid_date TEXT NOT NULL,
                        stance INTEGER NOT NULL,
                        previous_stance INTEGER,
                        statements INTEGER NOT NULL,
                        cumulative INTEGER NOT NULL,
                        statement_id TEXT NOT NULL,
                        from_seq INTEGER NOT NULL,
                        article_id TEXT NOT NULL,
                        attribution TEXT NOT NULL,
                        reviewed INTEGER NOT NULL,
                        PRIMARY KEY (party, topic, valid_end)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v2-projection-stance-timeline-month-counts") { db in
            try db.execute(
                sql: """
                    ALTER TABLE stance_points DROP COLUMN cumulative;
                    CREATE TABLE stance_counts (
                        party TEXT NOT NULL,
                        topic TEXT NOT NULL,
                        month INTEGER NOT NULL,
                        statements INTEGER NOT NULL,
                        PRIMARY KEY (party, topic, month)
                    ) WITHOUT ROWID;
                    INSERT INTO stance_counts (party, topic, month, statements)
                    SELECT party, topic, valid_end / 100, sum(statements) FROM stance_points
                    GROUP BY party, topic, valid_end / 100;
                    """)
        }
    }

    /// Every table, in the order the digest feeds them, with the canonical ordering of its rows.
    static let digestQueries: [(table: String, sql: String)] = [
        ("timeline_articles", "SELECT article_id, extraction FROM timeline_articles ORDER BY article_id"),
        (
            "timeline_statements",
            """
            SELECT statement_id, article_id, extraction, party, topic, stance, attribution, valid_date,
                   valid_start, valid_end, corrected, retracted, live_version IS NOT NULL
            FROM timeline_statements ORDER BY statement_id
            """
        ),
        (
            "statement_versions",
            """
            SELECT statement_id, from_seq, to_seq, article_id, party, topic, stance, attribution, reviewed,
                   valid_date, valid_start, valid_end
            FROM statement_versions ORDER BY statement_id, from_seq
            """
        ),
        ("stance_pairs", "SELECT party, topic, first_seq FROM stance_pairs ORDER BY party, topic"),
        (
            "stance_points",
            """
            SELECT party, topic, valid_end, valid_date, stance, previous_stance, statements,
                   statement_id, from_seq, article_id, attribution, reviewed
            FROM stance_points ORDER BY party, topic, valid_end
            """
        ),
        (
            "stance_counts",
            "SELECT party, topic, month, statements FROM stance_counts ORDER BY party, topic, month"
        ),
    ]

    static let tables = [
        "timeline_articles", "timeline_statements", "statement_versions", "stance_pairs", "stance_points", "stance_counts",
    ]
}
