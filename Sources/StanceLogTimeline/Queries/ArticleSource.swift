public import StanceLogCore

/// What an answer names of the article a point, cell or statement comes from: its title,
/// outlet, URL and publication date.
///
/// Kept apart from ``CatalogArticle`` (which also counts the article's statements) so that
/// naming the sources of an answer reads only the articles the answer names.
public struct ArticleSource: Hashable, Sendable {
    public let id: ArticleID
    public let title: String?
    public let published: PartialDate
    public let outlet: String?
    public let url: String?

    public init(id: ArticleID, title: String?, published: PartialDate, outlet: String?, url: String?) {
        self.id = id
        self.title = title
        self.published = published
        self.outlet = outlet
        self.url = url
    }
}

extension CatalogArticle {
    /// The article as an answer names it.
    public var source: ArticleSource {
        ArticleSource(id: id, title: title, published: published, outlet: outlet, url: url)
    }
}
