import GRDB
import StanceLogCore
import StanceLogTimeline

/// Rewrites the combined points of one timeline from a valid day onward.
enum TimelineRefold {
    /// Deletes the points of `pair` at or after `day` and writes them again from the live versions.
    ///
    /// - Returns: the number of points written.
    static func refold(_ pair: TimelinePair, from day: Day, in db: Database) throws -> Int {
        let previousRow = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT stance, cumulative FROM stance_points
                    WHERE party = ? AND topic = ? AND valid_end < ? ORDER BY valid_end DESC LIMIT 1
                    """),
            arguments: [pair.party, pair.topic, day.yyyymmdd])
        let previous = previousRow.map { (stance: $0[0] as Int, cumulative: $0[1] as Int) }
        try db.cachedStatement(sql: "DELETE FROM stance_points WHERE party = ? AND topic = ? AND valid_end >= ?")
            .execute(arguments: [pair.party, pair.topic, day.yyyymmdd])
        let members = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT \(TimelineMember.columns) FROM statement_versions
                    WHERE party = ? AND topic = ? AND valid_end >= ? AND to_seq IS NULL ORDER BY valid_end
                    """),
            arguments: [pair.party, pair.topic, day.yyyymmdd]
        ).map { try TimelineMember(row: $0) }
        let points = StanceCombiner.points(members, after: previous)
        try write(points, of: pair, in: db)
        return points.count
    }

    /// Inserts the combined points of `pair`; the ones they replace must be deleted first.
    static func write(_ points: [CombinedPoint], of pair: TimelinePair, in db: Database) throws {
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO stance_points (party, topic, valid_end, valid_date, stance, previous_stance, statements,
                    cumulative, statement_id, from_seq, article_id, attribution, reviewed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for point in points {
            let member = point.evidence
            try insert.execute(arguments: [
                pair.party, pair.topic, point.validEnd.yyyymmdd, member.validDate.description, point.stance, point.previousStance,
                point.statements, point.cumulative, member.statementID.rawValue, member.fromSeq,
                member.articleID.rawValue, member.attribution.rawValue, member.reviewed,
            ])
        }
    }
}
