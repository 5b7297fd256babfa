/// A party's answer to a topic's polar question, on the annotation scale −2…+2.
///
/// +2 demands, +1 open, 0 ambivalent, −1 reluctant, −2 rejects. The value is
/// validated on construction so that no stored event can hold a stance outside
/// the scale.
public struct Stance: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let value: Int

    /// The scale's bounds.
    public static let range = -2...2

    /// +1: supports, is ready for, accepts.
    public static let open = Stance(onScale: 1)

    private init(onScale value: Int) { self.value = value }

    /// Creates a stance, or returns nil when `value` is outside −2…+2.
    public init?(_ value: Int) {
        guard Self.range.contains(value) else { return nil }
        self.value = value
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Int.self)
        guard Self.range.contains(value) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "stance \(value) is outside -2...2")
        }
        self.value = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// The scale's name for this value: `demands`, `open`, `ambivalent`, `reluctant`, `rejects`.
    public var label: String {
        switch value {
        case 2: "demands"
        case 1: "open"
        case 0: "ambivalent"
        case -1: "reluctant"
        default: "rejects"
        }
    }

    /// −1, 0 or +1: what the evaluation compares.
    public var sign: Int { value.signum() }

    public var description: String { value > 0 ? "+\(value)" : "\(value)" }

    public static func < (lhs: Stance, rhs: Stance) -> Bool { lhs.value < rhs.value }
}
