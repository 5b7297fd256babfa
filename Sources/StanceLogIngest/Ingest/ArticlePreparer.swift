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
        let (published, source, note) = try publicationDate(input, overrides: overrides, found: metadata.published)
        let ingested = ArticleIngested(
            articleID: articleID, title: input.manifest?.title ?? metadata.title ?? LeadTitle.derive(from: text.value),
            outlet: overrides.outlet ?? input.manifest?.outlet,
            url: overrides.url ?? input.manifest?.url, published: published, dateSource: source, dateNote: note,
            sourceName: input.fileName, extractor: extractor.identity,
            language: metadata.language, text: text.value)
        let identity = extractor.identity
        let statements = extractor.extract(from: text).map {
            PositionStated.extracted($0, article: articleID, published: published, extractor: identity)
        }
        return PreparedArticle(inputName: input.name, ingested: ingested, statements: statements)
    }

    private func publicationDate(_ input: ArticleInput, overrides: IngestOverrides, found: PartialDate?) throws
        -> (PartialDate, DateSource, String?)
    {
        if let date = overrides.date { return (date, .option, nil) }
        if let text = input.manifest?.published {
            guard let date = PartialDate(text) else {
                throw StanceLogError(
                    .invalidInput, "manifest.json gives \(input.displayName) the date '\(text)', which is not a date",
                    hint: "write it as YYYY, YYYY-MM or YYYY-MM-DD")
            }
            let note = [input.manifest?.dateSource, input.manifest?.dateNote].compactMap { $0 }.joined(separator: "; ")
            return (date, .manifest, note.isEmpty ? nil : note)
        }
        if let found { return (found, .text, nil) }
        throw StanceLogError(
            .missingDate, "no publication date found in \(input.displayName)",
            hint: "pass --date YYYY[-MM[-DD]], or list the file with its date in a manifest.json beside it")
    }
}
