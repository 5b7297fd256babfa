/// Rewrites one event type's payload from one schema version to the next.
///
/// Stored payloads are never rewritten: the hash chain covers their bytes.
/// Instead, reading a payload older than its type's
/// ``EventType/currentSchemaVersion`` runs it through the ``UpcasterChain``,
/// one version at a time, and decodes the result. Adding a schema version
/// means raising `currentSchemaVersion` and registering one upcaster from the
/// previous version in ``UpcasterChain/standard``.
public protocol Upcaster: Sendable {
    /// The event type whose payloads this upcaster reads.
    var type: EventType { get }
    /// The schema version this upcaster reads; it returns version `fromVersion + 1`.
    var fromVersion: Int { get }

    /// The payload at version `fromVersion + 1`.
    ///
    /// - Throws: ``StanceLogError`` `corruptEvent` when the payload lacks what the rewrite needs.
    func upcast(_ payload: [String: JSONValue]) throws -> [String: JSONValue]
}
