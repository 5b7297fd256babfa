public import StanceLogCore

/// Reads the title, the publication date and the body of a scraped news article.
///
/// Offsets in the result are Unicode scalar offsets into `text.value`.
public struct ArticleReader: Sendable {
    /// The language of every article this reader reads, as a BCP-47 tag: its date
    /// patterns, boilerplate and title rules, like the codebook's cues, are German.
    public static let language = "de"

    public init() {}

    /// Title, publication date and body ranges of `text`.
    public func metadata(of text: NormalizedText) -> ArticleMetadata {
        read(ScalarText(text))
    }

    func read(_ text: ScalarText) -> ArticleMetadata {
        let lines = ArticleLines(text: text)
        let body = BoilerplateFilter().body(of: lines)
        let date = DateDetector().publicationDate(in: lines, body: body)
        let title = TitleFinder().title(in: lines)
        return ArticleMetadata(
            title: title, language: Self.language, published: date?.date, publishedEvidence: date?.evidence, body: body)
    }
}
