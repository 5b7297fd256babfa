/// Every fact stancelog records, as one closed set.
public enum DomainEvent: Hashable, Sendable {
    case articleIngested(ArticleIngested)
    case positionStated(PositionStated)
    case statementCorrected(StatementCorrected)
    case statementRetracted(StatementRetracted)
    case extractionSuperseded(ExtractionSuperseded)
    case articleWithdrawn(ArticleWithdrawn)
    case articleRestored(ArticleRestored)

    public var type: EventType {
        switch self {
        case .articleIngested: .articleIngested
        case .positionStated: .positionStated
        case .statementCorrected: .statementCorrected
        case .statementRetracted: .statementRetracted
        case .extractionSuperseded: .extractionSuperseded
        case .articleWithdrawn: .articleWithdrawn
        case .articleRestored: .articleRestored
        }
    }

    /// The schema version this event is written at: its type's current one, but for a `PositionStated` without `by`.
    ///
    /// `PositionStated` version 2 added who recorded an analyst's statement (`by`).
    /// A statement without it (every extracted one) is exactly a version-1
    /// payload and is written at version 1, so extraction writes the same events,
    /// byte for byte and hash for hash, as before version 2 existed.
    public var schemaVersion: Int {
        switch self {
        case .positionStated(let event) where event.by == nil: 1
        default: type.currentSchemaVersion
        }
    }

    /// The article whose stream the event belongs to.
    public var articleID: ArticleID {
        switch self {
        case .articleIngested(let event): event.articleID
        case .positionStated(let event): event.articleID
        case .statementCorrected(let event): event.articleID
        case .statementRetracted(let event): event.articleID
        case .extractionSuperseded(let event): event.articleID
        case .articleWithdrawn(let event): event.articleID
        case .articleRestored(let event): event.articleID
        }
    }

    /// The values a store keeps in typed columns so that queries need not decode payloads.
    public var index: EventIndex {
        switch self {
        case .articleIngested(let event):
            EventIndex(articleID: event.articleID, validDate: event.published)
        case .positionStated(let event):
            EventIndex(
                articleID: event.articleID, statementID: event.statementID, party: event.party,
                topic: event.topic, stance: event.stance, attribution: event.attribution,
                validDate: event.validDate, extraction: event.extractor?.key)
        case .statementCorrected(let event):
            EventIndex(
                articleID: event.articleID, statementID: event.statementID, party: event.party,
                topic: event.topic, stance: event.stance, attribution: event.attribution,
                validDate: event.validDate)
        case .statementRetracted(let event):
            EventIndex(articleID: event.articleID, statementID: event.statementID)
        case .extractionSuperseded(let event):
            EventIndex(articleID: event.articleID, extraction: event.current.key)
        case .articleWithdrawn(let event):
            EventIndex(articleID: event.articleID)
        case .articleRestored(let event):
            EventIndex(articleID: event.articleID)
        }
    }
}
