/// Where the statement behind a reading comes from, as queries show it.
public enum StatementOrigin: String, Hashable, Sendable, Codable {
    /// Found by the extractor, unchanged by analysts.
    case extracted
    /// Recorded by an analyst (`append`).
    case analyst
    /// Found by the extractor and corrected by an analyst.
    case corrected
}
