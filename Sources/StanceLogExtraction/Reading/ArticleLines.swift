/// The lines of an article with their text, and the `date …` prefix some scrapes start with.
struct ArticleLines: Sendable {
    struct Line: Sendable {
        let range: Range<Int>
        let text: String
    }

    let text: ScalarText
    let lines: [Line]
    /// The range of a leading ` date 2025-02` marker, when the scrape has one.
    let datePrefix: Range<Int>?

    init(text: ScalarText) {
        self.text = text
        lines = text.lines().map { Line(range: $0, text: text.string($0)) }
        datePrefix = Self.datePrefix(in: text)
    }

    private static func datePrefix(in text: ScalarText) -> Range<Int>? {
        let marker: [Unicode.Scalar] = ["d", "a", "t", "e", " "]
        guard text.count > marker.count, Array(text.scalars[0..<marker.count]) == marker else { return nil }
        var end = marker.count
        while end < text.count, ScalarClass.isDigit(text.scalars[end]) || text.scalars[end] == "-" { end += 1 }
        return end > marker.count ? 0..<end : nil
    }
}
