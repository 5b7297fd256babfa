/// A statement an extractor found in an article, before it becomes a ``PositionStated`` event.
public struct ExtractedStatement: Hashable, Sendable, Codable {
    public let party: PartyID
    public let topic: TopicID
    public let stance: Stance
    public let attribution: Attribution
    public let speaker: String?
    /// All sentences of the article that show this (party, topic, stance), in text order.
    public let evidence: [EvidenceSpan]
    /// The statement's own date when the text gives one; nil means the article's date.
    public let date: PartialDate?
    /// How sure the extractor is, in 0…1.
    public let confidence: Double

    public init(
        party: PartyID, topic: TopicID, stance: Stance, attribution: Attribution, speaker: String?,
        evidence: [EvidenceSpan], date: PartialDate?, confidence: Double
    ) {
        self.party = party
        self.topic = topic
        self.stance = stance
        self.attribution = attribution
        self.speaker = speaker
        self.evidence = evidence
        self.date = date
        self.confidence = confidence
    }
}
