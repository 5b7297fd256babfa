public import StanceLogCore

/// Reads the title, the publication date and the body of a scraped news article.
///
/// Offsets in the result are Unicode scalar offsets into `text.value`.
public struct ArticleReader: Sendable {
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
            title: title, published: date?.date, publishedEvidence: date?.evidence, body: body)
    }
}
