package import StanceLogCore

/// An event as projections fold it: the typed columns of the `events` table, no payload.
///
/// Reading these columns with a cursor is what lets a replay run without
/// decoding JSON; text that only a query displays (evidence, speaker) is loaded
/// later, for the rows shown.
package struct ProjectedEvent: Hashable, Sendable {
    package let sequence: Int64
    package let type: EventType
    package let articleID: ArticleID
    package let statementID: StatementID?
    package let party: PartyID?
    package let topic: TopicID?
    package let stance: Stance?
    package let attribution: Attribution?
    package let validDate: PartialDate?
    /// For `PositionStated`, the extractor key (nil for analyst statements); for
    /// `ExtractionSuperseded`, the new current key; for `ArticleIngested`, the key of
    /// the extractor that read the article at ingest (nil when none was recorded).
    package let extraction: String?

    package init(
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
