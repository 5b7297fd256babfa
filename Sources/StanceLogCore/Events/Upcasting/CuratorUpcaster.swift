/// ``StatementCorrected``, ``StatementRetracted`` and ``PositionStated`` 1 → 2: version 2 may say who made the event (`by`).
///
/// Version 1 never recorded who; the upcast payload has no `by`, which reads as
/// "not recorded" (nil), never as a guessed name. (A `PositionStated` without
/// `by` is still written at version 1, see ``DomainEvent/schemaVersion``.)
public struct CuratorUpcaster: Upcaster {
    public let type: EventType
    public var fromVersion: Int { 1 }

    /// - Parameter type: `statementCorrected`, `statementRetracted` or `positionStated`.
    public init(type: EventType) {
        self.type = type
    }

    public func upcast(_ payload: [String: JSONValue]) throws -> [String: JSONValue] {
        payload
    }
}
