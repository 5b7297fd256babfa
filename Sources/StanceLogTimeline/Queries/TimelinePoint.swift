public import StanceLogCore

/// A point of a (party, topic) timeline: the combined stance at a valid date and what it changed from.
///
/// JSON: `{"party", "topic", "date", "stance": int, "previous": int | null, "evidence",
/// "article", "statementId", "speaker", "attribution", "statements", "origin", "confidence"}`.
public struct TimelinePoint: Hashable, Sendable, Codable {
    public let party: PartyID
    public let topic: TopicID
    /// The valid date of the evidence statement; the point counts at the end of its period.
    public let date: PartialDate
    public let stance: Stance
    /// The stance of the point before; nil for the first point of the timeline.
    public let previous: Stance?
    /// The evidence sentences, joined by ` … `.
    public let evidence: String
    public let article: ArticleID
    public let statementID: StatementID
    public let speaker: String?
    public let attribution: Attribution
    /// How many statements were combined at this date.
    public let statements: Int
    /// Whether the evidence statement is extracted, analyst-made or corrected; nil when unknown.
    public let origin: StatementOrigin?
    /// The extractor's confidence in the evidence statement; nil for an analyst's.
    public let confidence: Double?

    public init(
        party: PartyID, topic: TopicID, date: PartialDate, stance: Stance, previous: Stance?, evidence: String,
        article: ArticleID, statementID: StatementID, speaker: String?, attribution: Attribution, statements: Int,
        origin: StatementOrigin? = nil, confidence: Double? = nil
    ) {
        self.party = party
        self.topic = topic
        self.date = date
        self.stance = stance
        self.previous = previous
        self.evidence = evidence
        self.article = article
        self.statementID = statementID
        self.speaker = speaker
        self.attribution = attribution
        self.statements = statements
        self.origin = origin
        self.confidence = confidence
    }

    /// True when the stance differs from the previous point's (or there was none).
    public var isChange: Bool { previous != stance }

    enum CodingKeys: String, CodingKey {
        case party, topic, date, stance, previous, evidence, article, statementID = "statementId", speaker
        case attribution, statements, origin, confidence
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(party, forKey: .party)
        try container.encode(topic, forKey: .topic)
        try container.encode(date, forKey: .date)
        try container.encode(stance, forKey: .stance)
        try container.encode(previous, forKey: .previous)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(article, forKey: .article)
        try container.encode(statementID, forKey: .statementID)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(attribution, forKey: .attribution)
        try container.encode(origin, forKey: .origin)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(statements, forKey: .statements)
    }
}
