import GRDB
import StanceLogTimeline

/// The live statements of each timeline per calendar month (`stance_counts`).
///
/// "How many statements count between two dates" used to be the difference of two running
/// counts kept in every point, which a statement of an old date shifted in every later point.
/// A month's count changes only with the points of that month, and a range of any length is
/// answered from at most the points of its two end months plus one row per month in between:
/// 60 rows for five years, whatever the size of the log.
enum StatementBuckets {
    /// The month a point's statements are counted in, as `yyyymm`.
    static func month(of day: Day) -> Int { day.yyyymmdd / 100 }

    /// Adds `delta` statements to `pair`'s count of `month`; a count that reaches zero is removed,
    /// so the table holds exactly the months that have points (as a rebuild leaves it).
    static func add(_ delta: Int, to pair: TimelinePair, month: Int, in db: Database) throws {
        guard delta != 0 else { return }
        try db.cachedStatement(
            sql: """
                INSERT INTO stance_counts (party, topic, month, statements) VALUES (?, ?, ?, ?)
                ON CONFLICT (party, topic, month) DO UPDATE SET statements = statements + excluded.statements
                """
        ).execute(arguments: [pair.party, pair.topic, month, delta])
        try db.cachedStatement(
            sql: "DELETE FROM stance_counts WHERE party = ? AND topic = ? AND month = ? AND statements = 0"
        ).execute(arguments: [pair.party, pair.topic, month])
    }

    /// The live statements of `pair` that count after `after` up to and including `through`.
    ///
    /// The points of `after`'s month after it, the months strictly between, and the points of
    /// `through`'s month up to it (the last term is empty when both days share a month).
    static func count(_ pair: TimelinePair, after: Day, through: Day, in db: Database) throws -> Int {
        guard after < through else { return 0 }
        let low = month(of: after)
        let high = month(of: through)
        let lowMonthEnd = low * 100 + 99
        let highMonthStart = high * 100
        return try Int.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT
                        (SELECT coalesce(sum(statements), 0) FROM stance_points
                         WHERE party = ?1 AND topic = ?2 AND valid_end > ?3 AND valid_end <= min(?4, ?5))
                      + (SELECT coalesce(sum(statements), 0) FROM stance_counts
                         WHERE party = ?1 AND topic = ?2 AND month > ?6 AND month < ?7)
                      + (SELECT coalesce(sum(statements), 0) FROM stance_points
                         WHERE party = ?1 AND topic = ?2 AND valid_end > max(?3, ?5, ?8) AND valid_end <= ?4)
                    """),
            arguments: [
                pair.party, pair.topic, after.yyyymmdd, through.yyyymmdd, lowMonthEnd, low, high, highMonthStart,
            ]) ?? 0
    }
}
