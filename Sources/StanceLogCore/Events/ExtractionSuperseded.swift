/// A newer extractor or codebook re-read an article: from here on only the
/// statements of ``current`` count for it (plus analyst statements and corrections).
public struct ExtractionSuperseded: Hashable, Sendable, Codable {
    public let articleID: ArticleID
    /// The extraction that no longer counts.
    public let previous: ExtractorIdentity
    /// The extraction that replaces it; its statements precede this event in the stream.
    public let current: ExtractorIdentity
    public let statementCount: Int

    public init(articleID: ArticleID, previous: ExtractorIdentity, current: ExtractorIdentity, statementCount: Int) {
        self.articleID = articleID
        self.previous = previous
        self.current = current
        self.statementCount = statementCount
    }

    enum CodingKeys: String, CodingKey {
        case articleID = "articleId", previous, current, statementCount
    }
}
