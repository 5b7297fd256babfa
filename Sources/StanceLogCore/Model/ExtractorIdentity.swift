/// Which extractor, in which version and with which codebook, produced a statement.
///
/// Re-extraction compares ``key``s: a new key means the earlier statements of an
/// article are superseded.
public struct ExtractorIdentity: Hashable, Sendable, Codable {
    public let name: String
    public let version: String
    public let codebook: String

    public init(name: String, version: String, codebook: String) {
        self.name = name
        self.version = version
        self.codebook = codebook
    }

    /// `name@version+codebook`, e.g. `rules@1.0.0+ukraine@2025.11`.
    public var key: String { "\(name)@\(version)+\(codebook)" }
}
