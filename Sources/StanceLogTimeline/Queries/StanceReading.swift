public import StanceLogCore

/// The stance of one (party, topic) at a date, with the statement that shows it.
///
/// JSON: `{"stance": 1 | null, "date": "2025-02" | null, "evidence": "…" | null,
/// "article": "<64 hex>" | null, "statementId", "speaker", "attribution", "statements"}`;
/// every key is present, `null` when the stance is unknown at that date.
public struct StanceReading: Hashable, Sendable, Codable {
    /// The combined stance; nil when no statement counts by then.
    public let stance: Stance?
    /// The valid date of the evidence statement.
    public let date: PartialDate?
    /// The evidence sentences, joined by ` … `.
    public let evidence: String?
    public let article: ArticleID?
    public let statementID: StatementID?
    public let speaker: String?
    public let attribution: Attribution?
    /// How many statements were combined at that date (0 when unknown).
    public let statements: Int
    /// Whether the evidence statement is extracted, analyst-made or corrected; nil when unknown.
    public let origin: StatementOrigin?
    /// The extractor's confidence in the evidence statement; nil for an analyst's.
    public let confidence: Double?

    public init(
        stance: Stance?, date: PartialDate?, evidence: String?, article: ArticleID?, statementID: StatementID?,
        speaker: String?, attribution: Attribution?, statements: Int, origin: StatementOrigin? = nil,
        confidence: Double? = nil
    ) {
        self.stance = stance
        self.date = date
        self.evidence = evidence
        self.article = article
        self.statementID = statementID
        self.speaker = speaker
        self.attribution = attribution
        self.statements = statements
        self.origin = origin
        self.confidence = confidence
    }

    /// No stance known.
    public static let unknown = StanceReading(
        stance: nil, date: nil, evidence: nil, article: nil, statementID: nil, speaker: nil, attribution: nil,
        statements: 0)

    enum CodingKeys: String, CodingKey {
        case stance, date, evidence, article, statementID = "statementId", speaker, attribution, statements
        case origin, confidence
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(stance, forKey: .stance)
        try container.encode(date, forKey: .date)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(article, forKey: .article)
        try container.encode(statementID, forKey: .statementID)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(attribution, forKey: .attribution)
        try container.encode(statements, forKey: .statements)
        try container.encode(origin, forKey: .origin)
        try container.encode(confidence, forKey: .confidence)
    }
}
