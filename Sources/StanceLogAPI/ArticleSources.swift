public import StanceLogCore
public import StanceLogTimeline

/// The articles of the log by id, so JSON and CSV rows can name their source.
public struct ArticleSources: Sendable {
    private let byID: [ArticleID: CatalogArticle]

    public init(_ articles: [CatalogArticle]) {
        byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Loads the article catalog as the query sees it.
    public static func load(_ queries: any StanceQuerying, asOf: AsOf?) async throws -> ArticleSources {
        ArticleSources(try await queries.articles(asOf: asOf))
    }

    public subscript(_ id: ArticleID?) -> CatalogArticle? { id.flatMap { byID[$0] } }
}
