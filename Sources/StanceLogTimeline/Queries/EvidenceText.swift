/// The text of a statement as a query displays it: its speaker and its evidence sentences.
package struct EvidenceText: Hashable, Sendable {
    package let speaker: String?
    /// The evidence sentences, joined by ` … `.
    package let evidence: String

    package init(speaker: String?, evidence: String) {
        self.speaker = speaker
        self.evidence = evidence
    }
}
