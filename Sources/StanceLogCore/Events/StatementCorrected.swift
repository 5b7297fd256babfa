/// An analyst corrected fields of an earlier statement; fields left nil keep their value.
///
/// The original event stays in the log; projections apply the correction on top,
/// and analyst corrections always win over (re-)extraction.
public struct StatementCorrected: Hashable, Sendable, Codable {
    public let statementID: StatementID
    public let articleID: ArticleID
    public let party: PartyID?
    public let topic: TopicID?
    public let stance: Stance?
    public let attribution: Attribution?
    public let speaker: String?
    public let evidence: [EvidenceSpan]?
    public let validDate: PartialDate?
    public let reason: String
    /// Who made the correction (schema version 2; nil when a version-1 event did not say).
    public let by: String?

    public init(
        statementID: StatementID, articleID: ArticleID, party: PartyID? = nil, topic: TopicID? = nil,
        stance: Stance? = nil, attribution: Attribution? = nil, speaker: String? = nil,
        evidence: [EvidenceSpan]? = nil, validDate: PartialDate? = nil, reason: String, by: String? = nil
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
        self.reason = reason
        self.by = by
    }

    /// True when the correction changes nothing.
    public var isEmpty: Bool {
        party == nil && topic == nil && stance == nil && attribution == nil && speaker == nil && evidence == nil
            && validDate == nil
    }

    enum CodingKeys: String, CodingKey {
        case statementID = "statementId", articleID = "articleId", party, topic, stance, attribution, speaker
        case evidence, validDate, reason, by
    }
}
