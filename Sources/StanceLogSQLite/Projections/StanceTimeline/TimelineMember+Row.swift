import GRDB
import StanceLogCore
import StanceLogTimeline

extension TimelineMember {
    /// The columns ``init(row:from:)`` reads, in order, from `statement_versions`.
    static let columns = "statement_id, article_id, stance, attribution, reviewed, valid_date, from_seq"

    /// Reads a row selected with ``columns`` starting at column `first`.
    ///
    /// - Throws: ``StanceLogError`` `corruptEvent` when the projection holds a value stancelog never writes.
    init(row: Row, from first: Int = 0) throws {
        let articleText: String = row[first + 1]
        let attributionText: String = row[first + 3]
        let dateText: String = row[first + 5]
        guard let article = ArticleID(rawValue: articleText), let attribution = Attribution(rawValue: attributionText),
            let date = PartialDate(dateText)
        else {
            throw StanceLogError(
                .corruptEvent, "the stance timeline holds a malformed row for statement \(row[first] as String)",
                hint: "rebuild it with `stancelog replay`")
        }
        self.init(
            statementID: StatementID(rawValue: row[first]), articleID: article, stance: row[first + 2],
            attribution: attribution, reviewed: row[first + 4], validDate: date, fromSeq: row[first + 6])
    }
}
