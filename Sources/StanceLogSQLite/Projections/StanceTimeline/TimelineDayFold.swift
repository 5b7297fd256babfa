import GRDB
import StanceLogCore
import StanceLogTimeline

/// Rewrites the combined point of one timeline at one valid day, and what depends on it.
///
/// A point depends only on the live statements of its day and on the stance of the
/// point before it. So when the statements of a day change, the fold rewrites that
/// day's point (or deletes it), the `previous_stance` of the next point when the
/// stance it follows changed, and the month count (``StatementBuckets``): a handful of
/// index descents, whatever the length of the timeline or of the log.
enum TimelineDayFold {
    /// Folds `pair`'s live statements at `day` again.
    ///
    /// Days of one timeline must be folded in ascending order within a batch, so that each
    /// reads the point before it as already rewritten.
    /// - Returns: the points written, rewritten or deleted (this day's and the next one's).
    static func refold(_ pair: TimelinePair, at day: Day, in db: Database) throws -> Int {
        let key: StatementArguments = [pair.party, pair.topic, day.yyyymmdd]
        let oldRows = try Row.fetchCursor(
            db.cachedStatement(
                sql: "SELECT stance, statements FROM stance_points WHERE party = ? AND topic = ? AND valid_end = ?"),
            arguments: key)
        let old = try oldRows.next().map { (stance: $0[0] as Int, statements: $0[1] as Int) }
        let previous = try Int.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT stance FROM stance_points
                    WHERE party = ? AND topic = ? AND valid_end < ? ORDER BY valid_end DESC LIMIT 1
                    """),
            arguments: key)
        let members = try Array(
            Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT \(TimelineMember.columns) FROM statement_versions
                        WHERE party = ? AND topic = ? AND valid_end = ? AND to_seq IS NULL
                        """),
                arguments: key
            ).map { try TimelineMember(row: $0) })
        let point = StanceCombiner.point(at: day, of: members, after: previous)
        var written = 0
        if let point {
            try TimelinePointWriter.write(point, of: pair, in: db)
            written += 1
        } else if old != nil {
            try db.cachedStatement(
                sql: "DELETE FROM stance_points WHERE party = ? AND topic = ? AND valid_end = ?"
            ).execute(arguments: key)
            written += 1
        }
        try StatementBuckets.add(
            (point?.statements ?? 0) - (old?.statements ?? 0), to: pair, month: StatementBuckets.month(of: day),
            in: db)
        let followedBefore = old?.stance ?? previous
        let followedNow = point?.stance ?? previous
        if followedBefore != followedNow {
            try db.cachedStatement(
                sql: """
                    UPDATE stance_points SET previous_stance = ?4
                    WHERE party = ?1 AND topic = ?2 AND valid_end = (
                        SELECT valid_end FROM stance_points
                        WHERE party = ?1 AND topic = ?2 AND valid_end > ?3 ORDER BY valid_end LIMIT 1)
                    """
            ).execute(arguments: [pair.party, pair.topic, day.yyyymmdd, followedNow])
            written += db.changesCount
        }
        return written
    }
}
