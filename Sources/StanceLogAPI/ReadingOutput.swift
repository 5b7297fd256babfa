public import StanceLogCore
public import StanceLogTimeline

/// One end of a diff row in JSON: ``StanceReading``'s keys plus `validEnd`, `title`, `outlet` and `url`.
public struct ReadingOutput: Encodable {
    public let reading: StanceReading
    public let article: CatalogArticle?

    public init(_ reading: StanceReading, sources: ArticleSources) {
        self.reading = reading
        article = sources[reading.article]
    }

    public func encode(to encoder: any Encoder) throws {
        try reading.encode(to: encoder)
        try SourceKeys(date: reading.date, article: article).encode(to: encoder)
    }
}
