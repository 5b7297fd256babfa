public import StanceLogCore

/// An article read, dated and extracted, ready to append as one stream.
public struct PreparedArticle: Hashable, Sendable {
    public let inputName: String
    public let ingested: ArticleIngested
    public let statements: [PositionStated]

    /// The article's events in stream order: the article first, then its statements.
    public var events: [DomainEvent] {
        [.articleIngested(ingested)] + statements.map(DomainEvent.positionStated)
    }
}
