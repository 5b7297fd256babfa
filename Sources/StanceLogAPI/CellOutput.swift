public import StanceLogCore
public import StanceLogTimeline

/// A state cell in JSON: ``StateCell``'s keys plus `validEnd`, `title`, `outlet` and `url`.
public struct CellOutput: Encodable {
    public let cell: StateCell
    public let article: ArticleSource?

    public init(_ cell: StateCell, sources: ArticleSources) {
        self.cell = cell
        article = sources[cell.reading.article]
    }

    public func encode(to encoder: any Encoder) throws {
        try cell.encode(to: encoder)
        try SourceKeys(date: cell.reading.date, article: article).encode(to: encoder)
    }
}
