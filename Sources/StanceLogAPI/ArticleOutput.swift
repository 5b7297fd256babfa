public import StanceLogCore
public import StanceLogTimeline

/// An article in `articles --format json` (and in `search`).
public struct ArticleOutput: Encodable {
    public let id: ArticleID
    public let published: PartialDate
    public let validEnd: String
    public let outlet: String?
    public let title: String?
    public let url: String?
    public let statements: Int

    public init(_ article: CatalogArticle) {
        id = article.id
        published = article.published
        validEnd = QueryJSON.day(article.published.endDay)
        outlet = article.outlet
        title = article.title
        url = article.url
        statements = article.statements
    }

    private enum CodingKeys: String, CodingKey { case id, published, validEnd, outlet, title, url, statements }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(published, forKey: .published)
        try container.encode(validEnd, forKey: .validEnd)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(title, forKey: .title)
        try container.encode(url, forKey: .url)
        try container.encode(statements, forKey: .statements)
    }
}
