import GRDB
package import StanceLogCore

/// One live statement version as a timeline sees it: what the combination rules need.
package struct TimelineMember: Hashable, Sendable {
    package let statementID: StatementID
    package let articleID: ArticleID
    package let stance: Int
    package let attribution: Attribution
    /// True for analyst statements and for statements an analyst corrected.
    package let reviewed: Bool
    package let validDate: String
    package let validStart: Int
    package let validEnd: Int
    /// The event that made this version; evidence is read as of it.
    package let fromSeq: Int64

    package init(
        statementID: StatementID, articleID: ArticleID, stance: Int, attribution: Attribution, reviewed: Bool,
        validDate: String, validStart: Int, validEnd: Int, fromSeq: Int64
    ) {
        self.statementID = statementID
        self.articleID = articleID
        self.stance = stance
        self.attribution = attribution
        self.reviewed = reviewed
        self.validDate = validDate
        self.validStart = validStart
        self.validEnd = validEnd
        self.fromSeq = fromSeq
    }

    /// The columns ``init(row:from:)`` reads, in order, from `statement_versions`.
    static let columns =
        "statement_id, article_id, stance, attribution, reviewed, valid_date, valid_start, valid_end, from_seq"

    /// Reads a row selected with ``columns`` starting at column `first`.
    ///
    /// - Throws: ``StanceLogError`` `corruptEvent` when the projection holds a value stancelog never writes.
    init(row: Row, from first: Int = 0) throws {
        let articleText: String = row[first + 1]
        let attributionText: String = row[first + 3]
        guard let article = ArticleID(rawValue: articleText), let attribution = Attribution(rawValue: attributionText)
        else {
            throw StanceLogError(
                .corruptEvent, "the stance timeline holds a malformed row for statement \(row[first] as String)",
                hint: "rebuild it with `stancelog replay`")
        }
        self.init(
            statementID: StatementID(rawValue: row[first]), articleID: article, stance: row[first + 2],
            attribution: attribution, reviewed: row[first + 4], validDate: row[first + 5],
            validStart: row[first + 6], validEnd: row[first + 7], fromSeq: row[first + 8])
    }
}
