public import StanceLogCore

/// What the reader finds about an article besides its statements.
public struct ArticleMetadata: Hashable, Sendable {
    public let title: String?
    /// The publication date found in the text; nil when there is none.
    public let published: PartialDate?

    public init(title: String?, published: PartialDate?) {
        self.title = title
        self.published = published
    }
}
