/// The registry of ``Upcaster``s: (type, version) → the rewrite to the next version.
///
/// ``EventCodec`` applies it to every payload older than its type's current
/// schema version, so code above the codec only ever sees current events.
public struct UpcasterChain: Sendable {
    /// Every upcaster stancelog has: a test checks that each type can be read from version 1.
    public static let standard = UpcasterChain([
        ArticleLanguageUpcaster(), CuratorUpcaster(type: .statementCorrected),
        CuratorUpcaster(type: .statementRetracted), CuratorUpcaster(type: .positionStated),
    ])

    private let upcasters: [any Upcaster]

    public init(_ upcasters: [any Upcaster]) {
        self.upcasters = upcasters
    }

    /// Rewrites `payload` of `type` from schema version `version` up to `target`, one version at a time.
    ///
    /// - Parameter target: the version wanted; the type's ``EventType/currentSchemaVersion`` by default.
    /// - Throws: ``StanceLogError`` `corruptEvent` when a step is missing or an upcaster refuses the payload.
    public func upcast(_ payload: [String: JSONValue], type: EventType, from version: Int, to target: Int? = nil)
        throws -> [String: JSONValue]
    {
        var payload = payload
        var version = version
        while version < target ?? type.currentSchemaVersion {
            guard let step = upcaster(for: type, from: version) else {
                throw StanceLogError(
                    .corruptEvent, "\(type.rawValue) schema version \(version) cannot be read: no upcaster to \(version + 1)",
                    hint: "this stancelog lacks a step of its upcaster chain; report it as a bug")
            }
            payload = try step.upcast(payload)
            version += 1
        }
        return payload
    }

    /// The upcaster reading `type` at schema version `version`, if there is one.
    public func upcaster(for type: EventType, from version: Int) -> (any Upcaster)? {
        upcasters.first { $0.type == type && $0.fromVersion == version }
    }
}
