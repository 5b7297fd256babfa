import StanceLogCore
import StanceLogTimeline

/// A state cell in JSON: ``StateCell``'s keys plus `validEnd`, `title`, `outlet` and `url`.
struct CellOutput: Encodable {
    let cell: StateCell
    let article: CatalogArticle?

    init(_ cell: StateCell, sources: ArticleSources) {
        self.cell = cell
        article = sources[cell.reading.article]
    }

    func encode(to encoder: any Encoder) throws {
        try cell.encode(to: encoder)
        try SourceKeys(date: cell.reading.date, article: article).encode(to: encoder)
    }
}
