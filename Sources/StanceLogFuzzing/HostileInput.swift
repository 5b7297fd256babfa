/// One generated input for the fuzz driver: its bytes and how it was made.
public struct HostileInput: Sendable {
    /// The generator that made it, e.g. `nestedQuotes`.
    public let kind: HostileKind
    /// The position in the run: with the run's seed, enough to make the input again.
    public let index: Int
    public let bytes: [UInt8]

    public init(kind: HostileKind, index: Int, bytes: [UInt8]) {
        self.kind = kind
        self.index = index
        self.bytes = bytes
    }

    /// `#17 nestedQuotes`: how reports and reproduction files name the input.
    public var name: String { "#\(index) \(kind.rawValue)" }
}
