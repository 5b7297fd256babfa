import GRDB
import StanceLogCore
import StanceLogTimeline

/// Writes combined points into `stance_points`: the one place that knows the row's columns.
enum TimelinePointWriter {
    /// Inserts `point` of `pair`, replacing the point of the same day if there is one.
    static func write(_ point: CombinedPoint, of pair: TimelinePair, in db: Database) throws {
        let insert = try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO stance_points (party, topic, valid_end, valid_date, stance, previous_stance,
                    statements, statement_id, from_seq, article_id, attribution, reviewed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let member = point.evidence
        try insert.execute(arguments: [
            pair.party, pair.topic, point.validEnd.yyyymmdd, member.validDate.description, point.stance,
            point.previousStance, point.statements, member.statementID.rawValue, member.fromSeq,
            member.articleID.rawValue, member.attribution.rawValue, member.reviewed,
        ])
    }

    /// Inserts every point of a timeline folded from its start, and its month counts.
    static func writeTimeline(_ points: [CombinedPoint], of pair: TimelinePair, in db: Database) throws {
        var months: [(month: Int, statements: Int)] = []
        for point in points {
            try write(point, of: pair, in: db)
            let month = StatementBuckets.month(of: point.validEnd)
            if months.last?.month == month {
                months[months.count - 1].statements += point.statements
            } else {
                months.append((month, point.statements))
            }
        }
        for (month, statements) in months {
            try StatementBuckets.add(statements, to: pair, month: month, in: db)
        }
    }
}
