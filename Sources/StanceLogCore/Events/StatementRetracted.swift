/// An analyst withdrew an earlier statement: it no longer counts in any projection.
public struct StatementRetracted: Hashable, Sendable, Codable {
    public let statementID: StatementID
    public let articleID: ArticleID
    public let reason: String

    public init(statementID: StatementID, articleID: ArticleID, reason: String) {
        self.statementID = statementID
        self.articleID = articleID
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case statementID = "statementId", articleID = "articleId", reason
    }
}
