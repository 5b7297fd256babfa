public import StanceLogCore

/// Reads the title and the publication date of a scraped news article.
public struct ArticleReader: Sendable {
    public init() {}

    public func metadata(of text: NormalizedText) -> ArticleMetadata {
        let lines = text.value.split(separator: "\n", omittingEmptySubsequences: true)
        var published: PartialDate?
        if let first = lines.first, first.hasPrefix("date ") {
            let token = first.dropFirst(5).prefix { !$0.isWhitespace }
            published = PartialDate(token)
        }
        let title = lines.first.map { String($0.prefix(200)) }
        return ArticleMetadata(title: title, published: published)
    }
}
