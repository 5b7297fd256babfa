import GRDB
import StanceLogTimeline

/// Rebuilds the stance timeline with set-based SQL when the log holds only articles and statements.
///
/// Without corrections, retractions or re-extractions, the fold reduces to rules
/// SQLite can apply in a few `INSERT … SELECT` passes, without a Swift value per event:
/// - an article's extraction key is the one of its last `ArticleIngested`;
/// - a statement id keeps its first `PositionStated` (later ones are ignored);
/// - a statement counts by ``StatementCounting`` (SQL calls the Swift rule, ``RuleFunctions``),
///   given the article's key *at that moment*: its last `ArticleIngested` before it;
/// - each counting statement has one open version, whose row id is the sequence
///   number of its `PositionStated` (unique, and below any row id a later fold picks);
/// - a timeline's `first_seq` is the earliest version it ever had.
/// The combined points are then folded once per timeline (``foldTimelines(in:)``).
/// The digest tests check that this leaves what folding event by event leaves.
enum StanceTimelineBulkLoad {
    /// Loads the articles, statements and versions of every event up to `sequence` into the
    /// emptied tables.
    ///
    /// The temporary table of articles is filled in key order too (sorting 100k small rows
    /// costs less than inserting them at random into a table larger than its cache).
    /// Statements are inserted in statement-id order (first by sequence among duplicates, as
    /// the fold keeps the first), so `timeline_statements`, keyed by that hash, fills its pages
    /// one after the other instead of touching a random page per row; the by-article index is
    /// added to `deferred` and built once the rows are in.
    ///
    /// - Returns: the versions written; nil, having written nothing, when the log holds
    ///   corrections, retractions or re-extractions (the event-by-event fold handles those).
    static func load(through sequence: Int64, deferring deferred: inout DeferredIndexes, in db: Database) throws
        -> Int?
    {
        try db.execute(
            sql: """
                CREATE TEMP TABLE rebuild_articles (
                    article_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, extraction TEXT,
                    PRIMARY KEY (article_id, seq)
                ) WITHOUT ROWID;
                INSERT INTO rebuild_articles (article_id, seq, type, extraction)
                SELECT article_id, seq, type, \(PayloadReads.extractorKey)
                FROM events WHERE seq <= ? AND type != 'PositionStated' ORDER BY article_id, seq;
                """,
            arguments: [sequence])
        defer { try? db.execute(sql: "DROP TABLE temp.rebuild_articles") }
        let simple = try Bool.fetchOne(
            db, sql: "SELECT NOT EXISTS (SELECT 1 FROM rebuild_articles WHERE type != 'ArticleIngested')") ?? false
        guard simple else { return nil }
        try deferred.drop(["timeline_statements_by_article"], in: db)
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO timeline_articles (article_id, extraction)
                SELECT article_id, extraction FROM rebuild_articles ORDER BY seq;
                INSERT OR IGNORE INTO timeline_statements (statement_id, article_id, extraction, party, topic, stance,
                    attribution, valid_date, valid_start, valid_end, corrected, retracted, live_version)
                SELECT statement_id, article_id, extraction, party, topic, stance, attribution, valid_date,
                       valid_start, valid_end, 0, 0,
                       CASE WHEN stancelog_counts(
                                extraction, 0, 0,
                                (SELECT a.extraction FROM rebuild_articles a
                                 WHERE a.article_id = e.article_id AND a.seq < e.seq ORDER BY a.seq DESC LIMIT 1))
                            THEN seq END
                FROM events e
                WHERE seq <= ? AND type = 'PositionStated' AND statement_id IS NOT NULL AND party IS NOT NULL
                      AND topic IS NOT NULL AND stance IS NOT NULL AND attribution IS NOT NULL
                      AND valid_date IS NOT NULL
                ORDER BY statement_id, seq;
                INSERT INTO statement_versions (rowid, statement_id, from_seq, to_seq, article_id, party, topic, stance,
                    attribution, reviewed, valid_date, valid_start, valid_end)
                SELECT live_version, statement_id, live_version, NULL, article_id, party, topic, stance, attribution,
                       stancelog_reviewed(extraction, 0), valid_date, valid_start, valid_end
                FROM timeline_statements WHERE live_version IS NOT NULL ORDER BY live_version;
                """,
            arguments: [sequence])
        return db.changesCount
    }

    /// Records every timeline with its earliest version and folds its points and month counts from the start.
    ///
    /// One pass over the live versions sorted by (party, topic, valid day): run before the
    /// by-pair index exists, SQLite sorts the table it scans instead of looking up one row per
    /// index entry, and Swift holds one timeline's versions at a time.
    static func foldTimelines(in db: Database) throws -> FoldCost {
        var cost = FoldCost()
        var pair: TimelinePair?
        var members: [TimelineMember] = []
        var firstSeq = Int64.max
        func flush() throws {
            guard let pair else { return }
            try db.execute(
                sql: "INSERT INTO stance_pairs (party, topic, first_seq) VALUES (?, ?, ?)",
                arguments: [pair.party, pair.topic, firstSeq])
            let points = StanceCombiner.points(members, after: nil)
            try TimelinePointWriter.writeTimeline(points, of: pair, in: db)
            cost.pointsRefolded += points.count
            cost.timelinesRefolded += 1
        }
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT party, topic, \(TimelineMember.columns) FROM statement_versions
                WHERE to_seq IS NULL ORDER BY party, topic, valid_end
                """)
        while let row = try rows.next() {
            let party: String = row[0]
            let topic: String = row[1]
            if pair?.party != party || pair?.topic != topic {
                try flush()
                pair = TimelinePair(party: party, topic: topic)
                members.removeAll(keepingCapacity: true)
                firstSeq = .max
            }
            let member = try TimelineMember(row: row, from: 2)
            firstSeq = min(firstSeq, member.fromSeq)
            members.append(member)
        }
        try flush()
        return cost
    }
}
