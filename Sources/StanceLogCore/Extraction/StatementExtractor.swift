/// Finds position statements in an article's text.
///
/// The seam for extractors: the rule-based one ships by default; others (a
/// model, a different codebook) plug in here. Extractors are deterministic:
/// the same text gives the same statements.
public protocol StatementExtractor: Sendable {
    /// Name, version and codebook; recorded on every statement it produces.
    var identity: ExtractorIdentity { get }

    /// The statements in `text`, in order of their first evidence.
    func extract(from text: NormalizedText) -> [ExtractedStatement]
}
