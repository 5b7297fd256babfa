public import StanceLogCore

/// An event as projections fold it: the typed columns of the `events` table, no payload.
///
/// Reading these columns with a cursor is what lets a replay run without
/// decoding JSON; text that only a query displays (evidence, speaker) is loaded
/// later, for the rows shown.
public struct ProjectedEvent: Hashable, Sendable {
    public let sequence: Int64
    public let type: EventType
    public let articleID: ArticleID
    public let statementID: StatementID?
    public let party: PartyID?
    public let topic: TopicID?
    public let stance: Stance?
    public let attribution: Attribution?
    public let validDate: PartialDate?
    /// For `PositionStated`, the extractor key (nil for analyst statements); for
    /// `ExtractionSuperseded`, the new current key; for `ArticleIngested`, the key of
    /// the extractor that read the article at ingest (nil when none was recorded).
    public let extraction: String?

    public init(
        sequence: Int64, type: EventType, articleID: ArticleID, statementID: StatementID? = nil,
        party: PartyID? = nil, topic: TopicID? = nil, stance: Stance? = nil, attribution: Attribution? = nil,
        validDate: PartialDate? = nil, extraction: String? = nil
    ) {
        self.sequence = sequence
        self.type = type
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
