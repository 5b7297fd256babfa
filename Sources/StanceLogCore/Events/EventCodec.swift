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
            }
        return Array(data)
    }

    /// Decodes a stored payload.
    ///
    /// - Throws: ``StanceLogError`` `corruptEvent` when the bytes do not form a valid
    ///   payload of `type`, or the schema version is unknown.
    public static func decode(type: EventType, schemaVersion: Int, payload: some Collection<UInt8>) throws
        -> DomainEvent
    {
        guard schemaVersion == type.currentSchemaVersion else {
            throw StanceLogError(
                .corruptEvent, "\(type.rawValue) schema version \(schemaVersion) is unknown to this stancelog",
                hint: "upgrade stancelog to read this log")
        }
        let decoder = JSONDecoder()
        let data = Data(payload)
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
