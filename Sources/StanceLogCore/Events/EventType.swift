/// The stable name of an event type as stored and exported; never a Swift type name.
public enum EventType: String, Hashable, Sendable, Codable, CaseIterable {
    case articleIngested = "ArticleIngested"
    case positionStated = "PositionStated"
    case statementCorrected = "StatementCorrected"
    case statementRetracted = "StatementRetracted"
    case extractionSuperseded = "ExtractionSuperseded"

    /// The payload schema version written today; `events/<Type>.schema.json` describes it.
    public var currentSchemaVersion: Int { 1 }
}
