/// An analyst withdrew an earlier statement: it no longer counts in any projection.
public struct StatementRetracted: Hashable, Sendable, Codable {
    public let statementID: StatementID
    public let articleID: ArticleID
    public let reason: String
    /// Who retracted it (schema version 2; nil when a version-1 event did not say).
    public let by: String?

    public init(statementID: StatementID, articleID: ArticleID, reason: String, by: String? = nil) {
        self.statementID = statementID
        self.articleID = articleID
        self.reason = reason
        self.by = by
    }

    enum CodingKeys: String, CodingKey {
        case statementID = "statementId", articleID = "articleId", reason, by
    }
}
