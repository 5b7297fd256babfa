/// The result of scoring an extractor against a directory of gold files.
///
/// Counts are over (article, party, topic, sign) tuples as ANNOTATION.md defines;
/// a prediction that matches only an optional gold statement is neither a true
/// nor a false positive, and a missed optional statement is not a false negative.
public struct EvaluationReport: Hashable, Sendable, Codable {
    /// Extractor identity key, e.g. `rules@1.0.0+ukraine@2025.11`.
    public let extractor: String
    public let articles: Int
    public let overall: Score
    /// Keyed by topic id.
    public let perTopic: [String: Score]
    /// Keyed by party id.
    public let perParty: [String: Score]
    /// Mean absolute difference between predicted and gold stance over true positives; nil without any.
    public let meanStanceDistance: Double?
    public let falsePositives: [ScoredItem]
    public let falseNegatives: [ScoredItem]

    public init(
        extractor: String, articles: Int, overall: Score, perTopic: [String: Score], perParty: [String: Score],
        meanStanceDistance: Double?, falsePositives: [ScoredItem], falseNegatives: [ScoredItem]
    ) {
        self.extractor = extractor
        self.articles = articles
        self.overall = overall
        self.perTopic = perTopic
        self.perParty = perParty
        self.meanStanceDistance = meanStanceDistance
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }
}
