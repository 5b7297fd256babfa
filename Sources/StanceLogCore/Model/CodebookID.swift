/// A canonical id defined by the codebook: a party (`US`, `RU`, `UA`, …) or a
/// topic (`nato_membership`, …).
///
/// Parties and topics are data, not code: the codebook in use decides which ids
/// exist, so a user tracking another conflict only writes a new codebook. The
/// phantom `Kind` keeps a party id from being passed where a topic id belongs.
public struct CodebookID<Kind: CodebookIDKind>: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Marks what a ``CodebookID`` identifies.
public protocol CodebookIDKind: Sendable {}

/// Tag for party ids.
public enum PartyKind: CodebookIDKind {}

/// Tag for topic ids.
public enum TopicKind: CodebookIDKind {}

/// The canonical id of a party that can hold a stance, such as `US` or `RU`.
public typealias PartyID = CodebookID<PartyKind>

/// The canonical id of a topic (a polar question), such as `nato_membership`.
public typealias TopicID = CodebookID<TopicKind>
