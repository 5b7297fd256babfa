public import StanceLogCore
public import StanceLogTimeline

/// A timeline point in JSON: ``TimelinePoint``'s keys plus `validEnd`, `title`, `outlet` and `url`.
public struct PointOutput: Encodable {
    public let point: TimelinePoint
    public let article: CatalogArticle?

    public init(_ point: TimelinePoint, sources: ArticleSources) {
        self.point = point
        article = sources[point.article]
    }

    public func encode(to encoder: any Encoder) throws {
        try point.encode(to: encoder)
        try SourceKeys(date: point.date, article: article).encode(to: encoder)
    }
}
