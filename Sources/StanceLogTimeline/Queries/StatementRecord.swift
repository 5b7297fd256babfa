public import StanceLogCore

/// One statement of a timeline as it counts (corrections applied), with its evidence.
public struct StatementRecord: Hashable, Sendable, Codable {
    public let statementID: StatementID
    public let article: ArticleID
    public let party: PartyID
    public let topic: TopicID
    public let stance: Stance
    public let attribution: Attribution
    public let date: PartialDate
    public let speaker: String?
    public let evidence: String
    /// True for analyst statements and analyst-corrected ones.
    public let reviewed: Bool
    /// The event that made this version of the statement.
    public let sequence: Int64
    /// The extractor's confidence in 0…1; nil for an analyst's statement.
    public let confidence: Double?
    /// True when an analyst recorded the statement.
    public let analyst: Bool
    /// True when an analyst corrected it.
    public let corrected: Bool

    public init(
        statementID: StatementID, article: ArticleID, party: PartyID, topic: TopicID, stance: Stance,
        attribution: Attribution, date: PartialDate, speaker: String?, evidence: String, reviewed: Bool,
        sequence: Int64, confidence: Double? = nil, analyst: Bool = false, corrected: Bool = false
    ) {
        self.statementID = statementID
        self.article = article
        self.party = party
        self.topic = topic
        self.stance = stance
        self.attribution = attribution
        self.date = date
        self.speaker = speaker
        self.evidence = evidence
        self.reviewed = reviewed
        self.sequence = sequence
        self.confidence = confidence
        self.analyst = analyst
        self.corrected = corrected
    }

    enum CodingKeys: String, CodingKey {
        case statementID = "statementId", article, party, topic, stance, attribution, date, speaker, evidence
        case reviewed, sequence, confidence, analyst, corrected
    }
}
