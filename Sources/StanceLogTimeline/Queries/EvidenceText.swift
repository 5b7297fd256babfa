/// The text of a statement as a query displays it: its speaker and evidence sentences, and how far to trust it.
package struct EvidenceText: Hashable, Sendable {
    package let speaker: String?
    /// The evidence sentences, joined by ` … `.
    package let evidence: String
    /// Extracted, analyst-made or corrected, as of the version shown; nil when not known.
    package let origin: StatementOrigin?
    /// The extractor's confidence; nil for an analyst's statement or when not known.
    package let confidence: Double?

    package init(speaker: String?, evidence: String, origin: StatementOrigin? = nil, confidence: Double? = nil) {
        self.speaker = speaker
        self.evidence = evidence
        self.origin = origin
        self.confidence = confidence
    }

    /// True when an analyst recorded the statement (`origin: analyst`).
    package var analyst: Bool { origin == .analyst }
    /// True when an analyst corrected an extracted statement at or before this version.
    package var corrected: Bool { origin == .corrected }
}
