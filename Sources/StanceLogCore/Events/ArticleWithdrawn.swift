/// An analyst withdrew an article ingested by mistake: it and its statements stop counting.
///
/// The article stays in the log (and `log` shows it); every projection, query and
/// report leaves it out from this event on, and `--as-of` before it still shows it.
public struct ArticleWithdrawn: Hashable, Sendable, Codable {
    public let articleID: ArticleID
    public let reason: String
    /// Who withdrew it.
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
