public import StanceLogCore
public import StanceLogTimeline

/// The keys every point, cell and diff end gains in JSON: the day its date counts at and its article.
///
/// `validEnd` is the last day of the date's period (`2025-02` → `2025-02-28`), the
/// day the point counts at, so `jq 'sort_by(.validEnd)'` orders partial dates
/// correctly; `title`, `outlet` and `url` come from the article (null when unknown).
public struct SourceKeys {
    public let date: PartialDate?
    public let article: ArticleSource?

    public init(date: PartialDate?, article: ArticleSource?) {
        self.date = date
        self.article = article
    }

    private enum CodingKeys: String, CodingKey {
        case validEnd, title, outlet, url
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date.map { QueryJSON.day($0.endDay) }, forKey: .validEnd)
        try container.encode(article?.title, forKey: .title)
        try container.encode(article?.outlet, forKey: .outlet)
        try container.encode(article?.url, forKey: .url)
    }
}
