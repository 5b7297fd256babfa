import StanceLogCore
import StanceLogTimeline

/// An article in `articles --format json` (and in `search`).
struct ArticleOutput: Encodable {
    let id: ArticleID
    let published: PartialDate
    let validEnd: String
    let outlet: String?
    let title: String?
    let url: String?
    let statements: Int

    init(_ article: CatalogArticle) {
        id = article.id
        published = article.published
        validEnd = QueryOutput.day(article.published.endDay)
        outlet = article.outlet
        title = article.title
        url = article.url
        statements = article.statements
    }

    enum CodingKeys: String, CodingKey { case id, published, validEnd, outlet, title, url, statements }

    func encode(to encoder: any Encoder) throws {
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
