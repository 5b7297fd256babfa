public import Foundation

/// Encodes payloads to canonical JSON (sorted keys, no escaped slashes) and back.
///
/// Canonical bytes are what the hash chain covers, so the same event always
/// encodes to the same bytes, on every machine and after an export/import.
public enum EventCodec {
    /// The canonical payload bytes of `event`.
    public static func encode(_ event: DomainEvent) throws -> [UInt8] {
        switch event {
        case .articleIngested(let payload):
            return CanonicalJSONWriter.encode(payload)
        case .positionStated(let payload):
            if let bytes = CanonicalJSONWriter.encode(payload) { return bytes }
        default:
            break
        }
        return try encodeWithFoundation(event)
    }

    /// The same bytes through Foundation's `JSONEncoder`: the reference that ``encode(_:)``'s fast path matches.
    package static func encodeWithFoundation(_ event: DomainEvent) throws -> [UInt8] {
        let encoder = makeEncoder()
        let data: Data =
            switch event {
            case .articleIngested(let payload): try encoder.encode(payload)
            case .positionStated(let payload): try encoder.encode(payload)
            case .statementCorrected(let payload): try encoder.encode(payload)
            case .statementRetracted(let payload): try encoder.encode(payload)
            case .extractionSuperseded(let payload): try encoder.encode(payload)
            case .articleWithdrawn(let payload): try encoder.encode(payload)
            case .articleRestored(let payload): try encoder.encode(payload)
            }
        return Array(data)
    }

    /// Decodes a stored payload, upcasting it first when its schema version is older than the current one.
    ///
    /// - Throws: ``StanceLogError`` `newerVersion` when a newer stancelog wrote the
    ///   payload; `corruptEvent` when the bytes do not form a valid payload of `type`.
    public static func decode(type: EventType, schemaVersion: Int, payload: some Collection<UInt8>) throws
        -> DomainEvent
    {
        try type.requireReadable(schemaVersion: schemaVersion)
        if type.decodesAsCurrent(schemaVersion: schemaVersion) {
            return try decodeDirectly(type, schemaVersion: schemaVersion, Data(payload))
        }
        let object: [String: JSONValue]
        do {
            object = try JSONDecoder().decode([String: JSONValue].self, from: Data(payload))
        } catch let error as DecodingError {
            throw StanceLogError(
                .corruptEvent, "\(type.rawValue) payload (schema version \(schemaVersion)) is not a JSON object: \(error.summary)")
        }
        return try decode(type: type, schemaVersion: schemaVersion, object: object)
    }

    /// Decodes a parsed payload of any readable schema version through ``UpcasterChain/standard``.
    ///
    /// - Throws: ``StanceLogError`` `newerVersion` when a newer stancelog wrote the
    ///   payload; `corruptEvent` when the upcast payload is not a valid payload of `type`.
    public static func decode(type: EventType, schemaVersion: Int, object: [String: JSONValue]) throws -> DomainEvent {
        try type.requireReadable(schemaVersion: schemaVersion)
        let current = try UpcasterChain.standard.upcast(object, type: type, from: schemaVersion)
        return try decodeCurrent(type, Data(canonicalBytes(of: .object(current))))
    }

    /// The canonical bytes of a parsed payload: what `JSONEncoder` with sorted keys writes for it.
    ///
    /// Import keeps a payload older than the current schema version in these
    /// bytes, so its hash still verifies.
    public static func canonicalBytes(of value: JSONValue) throws -> [UInt8] {
        Array(try makeEncoder().encode(value))
    }

    /// Decodes a payload that needs no upcasting, refusing a version-1 `PositionStated` that claims a `by`.
    private static func decodeDirectly(_ type: EventType, schemaVersion: Int, _ data: Data) throws -> DomainEvent {
        let event = try decodeCurrent(type, data)
        if case .positionStated(let stated) = event, stated.by != nil, schemaVersion < 2 {
            throw StanceLogError(
                .corruptEvent, "PositionStated schema version \(schemaVersion) has a 'by', which only version 2 has",
                hint: "the event was changed outside stancelog; run `stancelog verify`")
        }
        return event
    }

    private static func decodeCurrent(_ type: EventType, _ data: Data) throws -> DomainEvent {
        let decoder = JSONDecoder()
        do {
            switch type {
            case .articleIngested: return .articleIngested(try decoder.decode(ArticleIngested.self, from: data))
            case .positionStated: return .positionStated(try decoder.decode(PositionStated.self, from: data))
            case .statementCorrected:
                return .statementCorrected(try decoder.decode(StatementCorrected.self, from: data))
            case .statementRetracted:
                return .statementRetracted(try decoder.decode(StatementRetracted.self, from: data))
            case .extractionSuperseded:
                return .extractionSuperseded(try decoder.decode(ExtractionSuperseded.self, from: data))
            case .articleWithdrawn:
                return .articleWithdrawn(try decoder.decode(ArticleWithdrawn.self, from: data))
            case .articleRestored:
                return .articleRestored(try decoder.decode(ArticleRestored.self, from: data))
            }
        } catch let error as DecodingError {
            throw StanceLogError(.corruptEvent, "\(type.rawValue) payload does not decode: \(error.summary)")
        }
    }

    /// The encoder behind every canonical byte string stancelog writes.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

extension DecodingError {
    /// One line naming the failing key path, for error messages.
    public var summary: String {
        func path(_ context: Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "" : " at \(keys.joined(separator: "."))"
        }
        switch self {
        case .keyNotFound(let key, let context): return "missing key '\(key.stringValue)'\(path(context))"
        case .typeMismatch(_, let context): return "wrong type\(path(context)): \(context.debugDescription)"
        case .valueNotFound(_, let context): return "missing value\(path(context))"
        case .dataCorrupted(let context): return "\(context.debugDescription)\(path(context))"
        @unknown default: return "\(self)"
        }
    }
}
