public import StanceLogCore

/// A statement an analyst records by hand with `stancelog append`.
public struct AnalystStatement: Hashable, Sendable {
    public let article: ArticleID
    public let party: PartyID
    public let topic: TopicID
    public let stance: Stance
    public let attribution: Attribution
    public let speaker: String?
    public let evidence: String
    /// When it was said; nil means the article's publication date.
    public let date: PartialDate?

    public init(
        article: ArticleID, party: PartyID, topic: TopicID, stance: Stance, attribution: Attribution,
        speaker: String?, evidence: String, date: PartialDate?
    ) {
        self.article = article
        self.party = party
        self.topic = topic
        self.stance = stance
        self.attribution = attribution
        self.speaker = speaker
        self.evidence = evidence
        self.date = date
    }
}
