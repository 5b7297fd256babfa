/// The stable name of an event type as stored and exported; never a Swift type name.
public enum EventType: String, Hashable, Sendable, Codable, CaseIterable {
    case articleIngested = "ArticleIngested"
    case positionStated = "PositionStated"
    case statementCorrected = "StatementCorrected"
    case statementRetracted = "StatementRetracted"
    case extractionSuperseded = "ExtractionSuperseded"
    case articleWithdrawn = "ArticleWithdrawn"
    case articleRestored = "ArticleRestored"

    /// The newest payload schema version, the one decoded types describe; `events/<Type>.schema.json` describes it.
    ///
    /// Older versions are read through the ``UpcasterChain``; raising a version
    /// needs an upcaster from the previous one. An event is written at this
    /// version except where ``DomainEvent/schemaVersion`` says otherwise.
    public var currentSchemaVersion: Int {
        switch self {
        case .articleIngested, .positionStated, .statementCorrected, .statementRetracted: 2
        case .extractionSuperseded, .articleWithdrawn, .articleRestored: 1
        }
    }

    /// Whether a payload at `schemaVersion` decodes as the current type without upcasting.
    ///
    /// True for the current version, and for `PositionStated` version 1: version 2
    /// only added the optional `by`, so a version-1 payload is a version-2 payload
    /// without it. Reading it directly keeps replays of extracted statements off
    /// the slower upcasting path.
    public func decodesAsCurrent(schemaVersion: Int) -> Bool {
        schemaVersion == currentSchemaVersion || (self == .positionStated && schemaVersion == 1)
    }

    /// Checks that this stancelog can read a payload of this type at `schemaVersion`.
    ///
    /// - Throws: ``StanceLogError`` `newerVersion` when a newer stancelog wrote it,
    ///   `corruptEvent` when the version is below 1 (no stancelog wrote it).
    public func requireReadable(schemaVersion: Int) throws {
        if schemaVersion > currentSchemaVersion {
            throw StanceLogError(
                .newerVersion,
                "\(rawValue) schema version \(schemaVersion) was written by a newer stancelog; "
                    + "this one reads \(rawValue) up to version \(currentSchemaVersion)",
                hint: "upgrade stancelog to read this log")
        }
        if schemaVersion < 1 {
            throw StanceLogError(
                .corruptEvent, "\(rawValue) schema version \(schemaVersion) does not exist (versions start at 1)",
                hint: "the event was changed outside stancelog; run `stancelog verify`")
        }
    }
}
