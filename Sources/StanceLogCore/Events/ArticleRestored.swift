/// An analyst restored a withdrawn article: it and the statements that counted before the withdrawal count again.
///
/// Restoring is explicit and recorded, never a side effect of ingesting the
/// article's text again (which adds nothing: the article is in the log). Only an
/// article whose last withdrawal is not yet restored can be restored, so
/// withdrawals and restorations alternate in its stream; `--as-of` between the
/// two still leaves the article out.
public struct ArticleRestored: Hashable, Sendable, Codable {
    public let articleID: ArticleID
    public let reason: String
    /// Who restored it.
    public let by: String?

    public init(articleID: ArticleID, reason: String, by: String? = nil) {
        self.articleID = articleID
        self.reason = reason
        self.by = by
    }

    enum CodingKeys: String, CodingKey {
        case articleID = "articleId", reason, by
    }
}
