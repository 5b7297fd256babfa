import StanceLogCore
import StanceLogTimeline

/// A timeline point in JSON: ``TimelinePoint``'s keys plus `validEnd`, `title`, `outlet` and `url`.
struct PointOutput: Encodable {
    let point: TimelinePoint
    let article: CatalogArticle?

    init(_ point: TimelinePoint, sources: ArticleSources) {
        self.point = point
        article = sources[point.article]
    }

    func encode(to encoder: any Encoder) throws {
        try point.encode(to: encoder)
        try SourceKeys(date: point.date, article: article).encode(to: encoder)
    }
}
