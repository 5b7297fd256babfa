/// The parts of an event that stores keep in typed, indexed columns.
///
/// Always derived from the payload (``DomainEvent/index``); `verify` checks that
/// the stored columns still agree with it, column by column (``Column``). The
/// projections fold these columns, never the payload, so a column changed
/// behind stancelog's back would change every answer while the hash chain,
/// which covers the payload, stayed intact.
public struct EventIndex: Hashable, Sendable {
    public let articleID: ArticleID
    public let statementID: StatementID?
    public let party: PartyID?
    public let topic: TopicID?
    public let stance: Stance?
    public let attribution: Attribution?
    public let validDate: PartialDate?
    /// The first day of the valid date's period, `yyyymmdd`.
    public let validStart: Int?
    /// The last day of the valid date's period, `yyyymmdd`: where the stance timeline counts the statement.
    public let validEnd: Int?
    /// The extractor key of an extracted statement, or the new key of a supersession.
    public let extraction: String?

    /// The index of a payload: the valid period's days are derived from `validDate`.
    public init(
        articleID: ArticleID, statementID: StatementID? = nil, party: PartyID? = nil, topic: TopicID? = nil,
        stance: Stance? = nil, attribution: Attribution? = nil, validDate: PartialDate? = nil,
        extraction: String? = nil
    ) {
        self.init(
            articleID: articleID, statementID: statementID, party: party, topic: topic, stance: stance,
            attribution: attribution, validDate: validDate, validStart: validDate?.startDay, validEnd: validDate?.endDay,
            extraction: extraction)
    }

    /// The index as a store read it back, every column as stored.
    public init(
        articleID: ArticleID, statementID: StatementID?, party: PartyID?, topic: TopicID?, stance: Stance?,
        attribution: Attribution?, validDate: PartialDate?, validStart: Int?, validEnd: Int?, extraction: String?
    ) {
        self.articleID = articleID
        self.statementID = statementID
        self.party = party
        self.topic = topic
        self.stance = stance
        self.attribution = attribution
        self.validDate = validDate
        self.validStart = validStart
        self.validEnd = validEnd
        self.extraction = extraction
    }
}
