public import StanceLogCore

/// What the reader finds about an article besides its statements.
public struct ArticleMetadata: Hashable, Sendable {
    public let title: String?
    /// The article's language as a BCP-47 tag.
    public let language: String
    /// The publication date found in the text; nil when there is none.
    public let published: PartialDate?
    /// Where the publication date stands in the text; nil when there is none.
    public let publishedEvidence: EvidenceSpan?
    /// The scalar ranges of the article body that remain after boilerplate (consent
    /// paragraphs, teaser lists, paywall scripts, photo credits) is dropped.
    public let body: [Range<Int>]

    public init(
        title: String?, language: String, published: PartialDate?, publishedEvidence: EvidenceSpan? = nil, body: [Range<Int>] = []
    ) {
        self.title = title
        self.language = language
        self.published = published
        self.publishedEvidence = publishedEvidence
        self.body = body
    }
}
