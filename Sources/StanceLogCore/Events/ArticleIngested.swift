/// An article entered the log: the first event of every article stream.
///
/// Schema version 2 added ``language``; version-1 payloads are read through
/// ``ArticleLanguageUpcaster``.
public struct ArticleIngested: Hashable, Sendable, Codable {
    public let articleID: ArticleID
    public let title: String?
    public let outlet: String?
    public let url: String?
    /// The publication date, at the precision it is known.
    public let published: PartialDate
    public let dateSource: DateSource
    /// Free text on how the date was established (from the manifest), if any.
    public let dateNote: String?
    /// The file name the article was read from, if any (`-` for standard input).
    public let sourceName: String?
    /// The extractor that read the article at ingest; re-extraction starts from it.
    public let extractor: ExtractorIdentity?
    /// The article's language as a BCP-47 tag (`de`), set by the reader that read it.
    public let language: String
    /// The full normalised text; evidence offsets point into it.
    public let text: String

    public init(
        articleID: ArticleID, title: String?, outlet: String?, url: String?, published: PartialDate,
        dateSource: DateSource, dateNote: String?, sourceName: String?, extractor: ExtractorIdentity?,
        language: String, text: String
    ) {
        self.articleID = articleID
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.dateSource = dateSource
        self.dateNote = dateNote
        self.sourceName = sourceName
        self.extractor = extractor
        self.language = language
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case articleID = "articleId", title, outlet, url, published, dateSource, dateNote, sourceName, extractor, language,
            text
    }
}
