import GRDB
import StanceLogTimeline

/// Reads what statements say (``Claim``) for the curation carry-over of the fold.
///
/// Only articles that hold a retracted or corrected extracted statement pay for it:
/// the claim of a statement is read from its `PositionStated` (typed party and topic,
/// evidence sentences through ``PayloadReads/evidenceSentences``) when a curation
/// or a re-extraction touches its article.
enum ClaimReader {
    /// The claim of `statementID` as it was first stated (before any correction); nil when unknown.
    static func extractedClaim(of statementID: String, in db: Database) throws -> Claim? {
        let statement = try db.cachedStatement(
            sql: """
                SELECT party, topic, \(PayloadReads.evidenceSentences) FROM events
                WHERE statement_id = ? AND type = 'PositionStated' ORDER BY seq LIMIT 1
                """)
        guard let row = try Row.fetchOne(statement, arguments: [statementID]),
            let party = row[0] as String?, let topic = row[1] as String?
        else { return nil }
        let sentences = (row[2] as String?)?.split(separator: PayloadReads.sentenceSeparator).map(String.init) ?? []
        return Claim(party: party, topic: topic, evidence: sentences)
    }

    /// The retracted and corrected extracted statements of `article`, by statement id.
    static func curated(ofArticle article: String, in db: Database) throws -> [CuratedClaim] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT statement_id, retracted, party, topic FROM timeline_statements
                WHERE article_id = ? AND extraction IS NOT NULL AND (corrected OR retracted)
                ORDER BY statement_id
                """)
        return try Row.fetchAll(statement, arguments: [article]).compactMap { row in
            let id: String = row[0]
            guard let claim = try extractedClaim(of: id, in: db) else { return nil }
            return CuratedClaim(statementID: id, retracted: row[1], extracted: claim, party: row[2], topic: row[3])
        }
    }
}
