/// The identity of an article: the SHA-256 of its normalised text, as 64 lowercase hex digits.
///
/// Deriving the id from the content makes ingest idempotent: the same text, however
/// it was saved (CRLF, BOM, blank lines at the ends), is the same article.
public struct ArticleID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts exactly 64 lowercase hex digits.
    public init?(rawValue: String) {
        guard rawValue.utf8.count == 64, rawValue.utf8.allSatisfy(Self.isLowercaseHex) else { return nil }
        self.rawValue = rawValue
    }

    /// The id of a normalised article text.
    public init(of text: NormalizedText) {
        rawValue = SHA256Digest.hex(of: Array(text.value.utf8))
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = ArticleID(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an article id")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The first 12 hex digits: enough to tell articles apart in a table.
    public var short: String { String(rawValue.prefix(12)) }

    public var description: String { rawValue }

    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func isLowercaseHex(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (97...102).contains(byte)
    }
}
