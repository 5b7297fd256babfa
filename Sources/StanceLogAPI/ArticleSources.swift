public import StanceLogCore
public import StanceLogTimeline

/// The articles an answer names, by id, so its JSON and CSV rows can give their source's
/// title, outlet and URL.
///
/// Loaded for the articles of one answer only: the cost follows the answer, not the catalog.
public struct ArticleSources: Sendable {
    private let byID: [ArticleID: ArticleSource]

    public init(_ sources: [ArticleSource]) {
        byID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Loads the articles among `ids` as the query sees them at `asOf`.
    public static func load(_ queries: any StanceQuerying, asOf: AsOf?, naming ids: some Sequence<ArticleID?>)
        async throws -> ArticleSources
    {
        ArticleSources(try await queries.sources(of: Set(ids.compactMap { $0 }), asOf: asOf))
    }

    /// The sources of a state matrix's cells.
    public static func load(_ queries: any StanceQuerying, asOf: AsOf?, of cells: [StateCell]) async throws
        -> ArticleSources
    {
        try await load(queries, asOf: asOf, naming: cells.map(\.reading.article))
    }

    /// The sources of timeline points.
    public static func load(_ queries: any StanceQuerying, asOf: AsOf?, of points: [TimelinePoint]) async throws
        -> ArticleSources
    {
        try await load(queries, asOf: asOf, naming: points.map(\.article))
    }

    /// The sources of diff rows: both ends and every change point.
    public static func load(_ queries: any StanceQuerying, asOf: AsOf?, of rows: [DiffRow]) async throws
        -> ArticleSources
    {
        var ids: [ArticleID?] = []
        for row in rows {
            ids.append(row.from.article)
            ids.append(row.to.article)
            ids += row.changes.map(\.article)
        }
        return try await load(queries, asOf: asOf, naming: ids)
    }

    public subscript(_ id: ArticleID?) -> ArticleSource? { id.flatMap { byID[$0] } }
}
