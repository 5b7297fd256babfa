/// The text of a statement as a query displays it: its speaker and evidence sentences, and how far to trust it.
package struct EvidenceText: Hashable, Sendable {
    package let speaker: String?
    /// The evidence sentences, joined by ` … `.
    package let evidence: String
    /// The extractor's confidence in 0…1; nil for an analyst's statement.
    package let confidence: Double?
    /// True when an analyst recorded the statement (`origin: analyst`).
    package let analyst: Bool
    /// True when an analyst corrected the statement at or before this version.
    package let corrected: Bool

    package init(speaker: String?, evidence: String, confidence: Double? = nil, analyst: Bool = false, corrected: Bool = false) {
        self.speaker = speaker
        self.evidence = evidence
        self.confidence = confidence
        self.analyst = analyst
        self.corrected = corrected
    }
}
