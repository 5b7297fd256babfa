/// The parts of an event that stores keep in typed, indexed columns.
///
/// Always derived from the payload (``DomainEvent/index``); `verify` checks that
/// the stored columns still agree with it.
public struct EventIndex: Hashable, Sendable {
    public let articleID: ArticleID
    public let statementID: StatementID?
    public let party: PartyID?
    public let topic: TopicID?
    public let stance: Stance?
    public let attribution: Attribution?
    public let validDate: PartialDate?
    /// The extractor key of an extracted statement, or the new key of a supersession.
    public let extraction: String?

    public init(
        articleID: ArticleID, statementID: StatementID? = nil, party: PartyID? = nil, topic: TopicID? = nil,
        stance: Stance? = nil, attribution: Attribution? = nil, validDate: PartialDate? = nil,
        extraction: String? = nil
    ) {
        self.articleID = articleID
        self.statementID = statementID
        self.party = party
        self.topic = topic
        self.stance = stance
        self.attribution = attribution
        self.validDate = validDate
        self.extraction = extraction
    }
}
