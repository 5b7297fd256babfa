/// The identity of one position statement, stable across runs for the same input.
///
/// Extracted statements derive it from their article, extraction and content, so
/// re-running the same extractor on the same text gives the same ids; analyst
/// statements derive it from their stream position.
public struct StatementID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// `st-` and the first 20 hex digits of the SHA-256 of `parts` joined by a unit separator.
    public static func derived(from parts: [String]) -> StatementID {
        let joined = parts.joined(separator: "\u{1F}")
        return StatementID(rawValue: "st-" + SHA256Digest.hex(of: Array(joined.utf8)).prefix(20))
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: StatementID, rhs: StatementID) -> Bool { lhs.rawValue < rhs.rawValue }
}
