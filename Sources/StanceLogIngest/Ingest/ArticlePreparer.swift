public import StanceLogCore
public import StanceLogExtraction

/// Reads one input into the events that record it: decode, normalise, identify, date, extract.
public struct ArticlePreparer: Sendable {
    public let extractor: any StatementExtractor
    public let reader: ArticleReader

    public init(extractor: any StatementExtractor, reader: ArticleReader = ArticleReader()) {
        self.extractor = extractor
        self.reader = reader
    }

    /// - Throws: ``StanceLogError`` naming the input: `unreadableFile` for binary, invalid
    ///   UTF-8 or empty text; `invalidInput` for an input over ``ArticleSizeLimit`` or a
    ///   malformed manifest date; `missingDate` when neither `--date`, the manifest nor
    ///   the text gives a publication date.
    public func prepare(_ input: ArticleInput, overrides: IngestOverrides) throws -> PreparedArticle {
        try ArticleSizeLimit.check(byteCount: input.bytes.count, of: input.displayName)
        let text = try NormalizedText.decode(input.bytes, source: input.displayName)
        let articleID = ArticleID(of: text)
        let metadata = reader.metadata(of: text)
        guard let dated = try PublicationDate.of(input, option: overrides.date, found: { metadata.published }) else {
            throw StanceLogError(
                .missingDate, "no publication date found in \(input.displayName)",
                hint: "pass --date YYYY[-MM[-DD]], or list the file with its date in a manifest.json beside it")
        }
        let published = dated.date
        let ingested = ArticleIngested(
            articleID: articleID, title: input.manifest?.title ?? metadata.title,
            outlet: overrides.outlet ?? input.manifest?.outlet,
            url: overrides.url ?? input.manifest?.url, published: published, dateSource: dated.source, dateNote: dated.note,
            sourceName: input.fileName, extractor: extractor.identity,
            language: metadata.language, text: text.value)
        let identity = extractor.identity
        let statements = extractor.extract(from: text).map {
            PositionStated.extracted($0, article: articleID, published: published, extractor: identity)
        }
        return PreparedArticle(inputName: input.name, ingested: ingested, statements: statements)
    }
}
