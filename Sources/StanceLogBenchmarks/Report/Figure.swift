/// One measured number: what, at which corpus size, in which unit.
///
/// A figure without a value was not measured; ``note`` says why (for example
/// `process lifetime peak: clear_refs refused`). Figures are never estimated.
public struct Figure: Codable, Hashable, Sendable {
    /// Stable dotted key without spaces, e.g. `append.events_per_s`.
    public let key: String
    /// Corpus size in articles.
    public let articles: Int
    public let value: Double?
    public let unit: String
    public let note: String?

    public init(_ key: String, articles: Int, value: Double?, unit: String, note: String? = nil) {
        self.key = key
        self.articles = articles
        self.value = value
        self.unit = unit
        self.note = note
    }
}
