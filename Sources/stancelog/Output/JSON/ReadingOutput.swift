import StanceLogCore
import StanceLogTimeline

/// One end of a diff row in JSON: ``StanceReading``'s keys plus `validEnd`, `title`, `outlet` and `url`.
struct ReadingOutput: Encodable {
    let reading: StanceReading
    let article: CatalogArticle?

    init(_ reading: StanceReading, sources: ArticleSources) {
        self.reading = reading
        article = sources[reading.article]
    }

    func encode(to encoder: any Encoder) throws {
        try reading.encode(to: encoder)
        try SourceKeys(date: reading.date, article: article).encode(to: encoder)
    }
}
