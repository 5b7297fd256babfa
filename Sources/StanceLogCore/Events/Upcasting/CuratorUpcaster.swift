/// ``StatementCorrected`` and ``StatementRetracted`` 1 → 2: version 2 may say who made the event (`by`).
///
/// Version 1 never recorded who; the upcast payload has no `by`, which reads as
/// "not recorded" (nil), never as a guessed name.
public struct CuratorUpcaster: Upcaster {
    public let type: EventType
    public var fromVersion: Int { 1 }

    /// - Parameter type: `statementCorrected` or `statementRetracted`.
    public init(type: EventType) {
        self.type = type
    }

    public func upcast(_ payload: [String: JSONValue]) throws -> [String: JSONValue] {
        payload
    }
}
