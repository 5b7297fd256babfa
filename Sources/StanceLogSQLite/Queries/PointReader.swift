import GRDB
import StanceLogCore
import StanceLogTimeline

/// Reads combined timeline points, from the materialised `stance_points` or, for a
/// past state of knowledge, by combining the statement versions alive at `asOf`.
///
/// Both paths use the same combination rules, so `asOf` at the checkpoint and
/// no `asOf` give the same answers. Rows are read through cursors, in place: `Row.fetchAll`
/// and `Row.fetchOne` copy each row with a dictionary of its column names, which was the
/// largest cost of a `diff` after the evidence's JSON.
struct PointReader: TimelineSource {
    let db: Database
    /// The last sequence number to take into account; nil for all that is folded.
    let asOf: Int64?
    private var evidence: EvidenceLoader

    init(db: Database, asOf: Int64?) {
        self.db = db
        self.asOf = asOf
        evidence = EvidenceLoader(db: db)
    }

    private static let pointColumns =
        "valid_end, stance, previous_stance, statements, statement_id, article_id, attribution, "
        + "reviewed, valid_date, from_seq"
    private static let alive = "from_seq <= ? AND (to_seq IS NULL OR to_seq > ?)"

    /// The timelines that exist (at `asOf`) and pass `filter`, by party then topic.
    func pairs(_ filter: StanceFilter) throws -> [TimelinePair] {
        let rows = try Row.fetchAll(db, sql: "SELECT party, topic, first_seq FROM stance_pairs ORDER BY party, topic")
        return rows.compactMap { row in
            let pair = TimelinePair(party: row[0], topic: row[1])
            if let asOf, (row[2] as Int64) > asOf { return nil }
            return filter.admits(party: PartyID(pair.party), topic: TopicID(pair.topic)) ? pair : nil
        }
    }

    /// The latest point at or before `day`, nil when none.
    func latest(_ pair: TimelinePair, through day: Day) throws -> CombinedPoint? {
        guard let asOf else {
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT \(Self.pointColumns) FROM stance_points
                        WHERE party = ? AND topic = ? AND valid_end <= ? ORDER BY valid_end DESC LIMIT 1
                        """),
                arguments: [pair.party, pair.topic, day.yyyymmdd])
            return try rows.next().map(Self.point(row:))
        }
        guard
            let found = try Int.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT valid_end FROM statement_versions
                        WHERE party = ? AND topic = ? AND valid_end <= ? AND \(Self.alive)
                        ORDER BY valid_end DESC LIMIT 1
                        """),
                arguments: [pair.party, pair.topic, day.yyyymmdd, asOf, asOf])
        else { return nil }
        let members = try self.members(pair, after: found - 1, through: found)
        return StanceCombiner.points(members, after: nil).last
    }

    /// The points after `after` up to and including `through`, in date order, each
    /// with the stance of the point before it (which may lie before `after`).
    ///
    /// - Parameter changesOnly: only the points whose stance differs from the one before;
    ///   on the materialised path SQLite skips the others (seven in ten points of a saturated
    ///   log), so a query reads no more rows than it answers.
    func points(_ pair: TimelinePair, after: Day?, through: Day?, changesOnly: Bool, limit: Int?) throws
        -> [CombinedPoint]
    {
        let low = after?.yyyymmdd ?? Int.min
        let high = through?.yyyymmdd ?? Int.max
        guard asOf != nil else {
            return try Array(
                Row.fetchCursor(
                    db.cachedStatement(
                        sql: """
                            SELECT \(Self.pointColumns) FROM stance_points
                            WHERE party = ? AND topic = ? AND valid_end > ? AND valid_end <= ?
                                  AND (previous_stance IS NOT stance OR NOT ?)
                            ORDER BY valid_end LIMIT ?
                            """),
                    arguments: [pair.party, pair.topic, low, high, changesOnly, limit ?? -1]
                ).map(Self.point(row:)))
        }
        let base = try after.flatMap { try latest(pair, through: $0) }
        let members = try self.members(pair, after: low, through: high)
        let points = StanceCombiner.points(members, after: base?.stance)
        return Array((changesOnly ? points.filter(\.isChange) : points).prefix(limit ?? .max))
    }

    /// How many statements count after `after` up to and including `through`.
    ///
    /// On the materialised path the month counts answer it (``StatementBuckets``): at most the
    /// points of the two end months and one row per month in between.
    func statementCount(_ pair: TimelinePair, after: Day, through: Day) throws -> Int {
        guard let asOf else {
            return try StatementBuckets.count(pair, after: after, through: through, in: db)
        }
        return try Int.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT count(*) FROM statement_versions
                    WHERE party = ? AND topic = ? AND valid_end > ? AND valid_end <= ? AND \(Self.alive)
                    """),
            arguments: [pair.party, pair.topic, after.yyyymmdd, through.yyyymmdd, asOf, asOf]) ?? 0
    }

    /// Every statement version of `pair` that counts (at `asOf`), by date then statement id.
    func members(_ pair: TimelinePair) throws -> [TimelineMember] {
        try members(pair, after: Int.min, through: Int.max)
    }

    mutating func text(of point: PointEvidence) throws -> EvidenceText {
        try evidence.load(point)
    }

    /// The statement versions that count (at `asOf`) with `valid_end` after `after` up to and including `through`.
    private func members(_ pair: TimelinePair, after: Int, through: Int) throws -> [TimelineMember] {
        let seq = asOf ?? Int64.max
        return try Array(
            Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT \(TimelineMember.columns) FROM statement_versions
                        WHERE party = ? AND topic = ? AND valid_end > ? AND valid_end <= ? AND \(Self.alive)
                        ORDER BY valid_end, statement_id
                        """),
                arguments: [pair.party, pair.topic, after, through, seq, seq]
            ).map { try TimelineMember(row: $0) })
    }

    private static func point(row: Row) throws -> CombinedPoint {
        let articleText: String = row[5]
        let attributionText: String = row[6]
        let dateText: String = row[8]
        guard let article = ArticleID(rawValue: articleText), let attribution = Attribution(rawValue: attributionText),
            let date = PartialDate(dateText)
        else {
            throw StanceLogError(
                .corruptEvent, "the stance timeline holds a malformed point", hint: "rebuild it with `stancelog replay`")
        }
        return CombinedPoint(
            validEnd: Day(yyyymmdd: row[0]), stance: row[1],
            evidence: PointEvidence(
                statementID: StatementID(rawValue: row[4]), articleID: article, attribution: attribution,
                reviewed: row[7], validDate: date, fromSeq: row[9]),
            statements: row[3], previousStance: row[2])
    }
}
