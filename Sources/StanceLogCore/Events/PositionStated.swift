/// One party took one stance on one topic, as reported in one article.
public struct PositionStated: Hashable, Sendable, Codable {
    /// Who recorded the statement.
    public enum Origin: String, Hashable, Sendable, Codable {
        /// Found by an extractor (see ``PositionStated/extractor``).
        case extractor
        /// Entered by an analyst with `stancelog append`; never superseded by re-extraction.
        case analyst
    }

    public let statementID: StatementID
    public let articleID: ArticleID
    public let party: PartyID
    public let topic: TopicID
    public let stance: Stance
    public let attribution: Attribution
    /// The person who voiced it (`Hegseth`), when named.
    public let speaker: String?
    /// One or more sentences that show the statement.
    public let evidence: [EvidenceSpan]
    /// When it was said: the article's date unless the text dates the statement itself.
    public let validDate: PartialDate
    public let origin: Origin
    /// Set for extracted statements.
    public let extractor: ExtractorIdentity?
    /// The extractor's confidence in 0…1, for extracted statements.
    public let confidence: Double?
    /// Who recorded an analyst's statement (schema version 2); nil for extracted statements
    /// and for analyst statements written before version 2 ("not recorded").
    public let by: String?

    public init(
        statementID: StatementID, articleID: ArticleID, party: PartyID, topic: TopicID, stance: Stance,
        attribution: Attribution, speaker: String?, evidence: [EvidenceSpan], validDate: PartialDate,
        origin: Origin, extractor: ExtractorIdentity?, confidence: Double?, by: String? = nil
    ) {
        self.statementID = statementID
        self.articleID = articleID
        self.party = party
        self.topic = topic
        self.stance = stance
        self.attribution = attribution
        self.speaker = speaker
        self.evidence = evidence
        self.validDate = validDate
        self.origin = origin
        self.extractor = extractor
        self.confidence = confidence
        self.by = by
    }

    enum CodingKeys: String, CodingKey {
        case statementID = "statementId", articleID = "articleId", party, topic, stance, attribution, speaker
        case evidence, validDate, origin, extractor, confidence, by
    }
}
