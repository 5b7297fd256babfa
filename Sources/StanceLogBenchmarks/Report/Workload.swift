/// What one corpus size put into the log, so a peer can append the equivalent.
public struct Workload: Codable, Hashable, Sendable {
    public let articles: Int
    public let statements: Int
    /// Articles plus statements: one `ArticleIngested` per article, one `PositionStated` per statement.
    public let events: Int
    /// Articles per `append` call (one transaction each).
    public let batchArticles: Int
    /// Mean canonical payload size of an `ArticleIngested` event (it carries the text).
    public let articlePayloadBytes: Int
    /// Mean canonical payload size of a `PositionStated` event.
    public let statementPayloadBytes: Int

    public init(
        articles: Int, statements: Int, events: Int, batchArticles: Int, articlePayloadBytes: Int,
        statementPayloadBytes: Int
    ) {
        self.articles = articles
        self.statements = statements
        self.events = events
        self.batchArticles = batchArticles
        self.articlePayloadBytes = articlePayloadBytes
        self.statementPayloadBytes = statementPayloadBytes
    }
}
