public import StanceLogCore

/// An article as source lists show it.
public struct CatalogArticle: Hashable, Sendable, Codable {
    public let id: ArticleID
    public let title: String?
    public let published: PartialDate
    public let outlet: String?
    public let url: String?
    /// Statements of this article that count now (or at the `--as-of` point).
    public let statements: Int

    public init(id: ArticleID, title: String?, published: PartialDate, outlet: String?, url: String?, statements: Int) {
        self.id = id
        self.title = title
        self.published = published
        self.outlet = outlet
        self.url = url
        self.statements = statements
    }
}
