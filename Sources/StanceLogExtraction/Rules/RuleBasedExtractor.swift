public import StanceLogCore

/// The default extractor: deterministic rules driven by the codebook.
public struct RuleBasedExtractor: StatementExtractor {
    public static let name = "rules"
    public static let version = "0.1.0"

    public let codebook: Codebook

    public init(codebook: Codebook) {
        self.codebook = codebook
    }

    public var identity: ExtractorIdentity {
        ExtractorIdentity(name: Self.name, version: Self.version, codebook: codebook.identity)
    }

    public func extract(from text: NormalizedText) -> [ExtractedStatement] {
        []
    }
}
