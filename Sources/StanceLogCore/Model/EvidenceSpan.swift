/// A sentence that shows a statement, with where it stands in the article.
///
/// `start` and `end` count Unicode scalars (code points) in the stored, normalised
/// article text, half-open: in Python, `text[start:end] == evidence.text`.
/// Analyst statements whose evidence is not in the text have no offsets.
public struct EvidenceSpan: Hashable, Sendable, Codable {
    public let text: String
    public let start: Int?
    public let end: Int?

    public init(text: String, start: Int? = nil, end: Int? = nil) {
        self.text = text
        self.start = start
        self.end = end
    }
}
