import Foundation

/// The exported form of a log: one JSON object per event and line.
///
/// Each line holds `seq`, `type`, `stream`, `version`, `schemaVersion`,
/// `recordedAt` (ISO 8601), `payload` (the event's canonical JSON object),
/// `prevHash` and `hash`. Export writes each event as stored, at the schema
/// version it was written with; import re-encodes each payload canonically, so
/// the hashes verify exactly when the payload is unchanged.
public enum JSONLinesExchange {
    /// One event as one line of JSON, without the line feed.
    public static func line(for event: RecordedEvent) -> String {
        "{\"seq\":\(event.sequence),\"type\":\"\(event.type.rawValue)\",\"stream\":\(quoted(event.stream.rawValue)),"
            + "\"version\":\(event.streamVersion),\"schemaVersion\":\(event.schemaVersion),"
            + "\"recordedAt\":\"\(event.recordedAt.iso8601)\",\"payload\":"
            + String(decoding: event.payload, as: UTF8.self)
            + ",\"prevHash\":\(quoted(event.previousHash)),\"hash\":\(quoted(event.hash))}"
    }

    /// Parses one exported line back into a recorded event.
    ///
    /// A payload at the current schema version is re-encoded canonically; an
    /// older one is checked by upcasting and decoding it, and kept at its own
    /// version (the bytes its hash covers): import never rewrites history.
    ///
    /// - Parameter lineNumber: used in the error message.
    /// - Throws: ``StanceLogError`` naming the line: `invalidInput` when it is not an
    ///   exported event, `newerVersion` when a newer stancelog wrote it.
    public static func event(fromLine line: some StringProtocol, lineNumber: Int) throws -> RecordedEvent {
        do {
            let exported = try JSONDecoder().decode(ExportedEvent.self, from: Data(line.utf8))
            guard let recordedAt = RecordTime(iso8601: exported.recordedAt) else {
                throw StanceLogError(.invalidInput, "recordedAt '\(exported.recordedAt)' is not ISO 8601")
            }
            let (payload, index) = try exported.canonicalPayload()
            return RecordedEvent(
                sequence: exported.seq, stream: exported.stream, streamVersion: exported.version,
                type: exported.type, schemaVersion: exported.schemaVersion, payload: payload, recordedAt: recordedAt,
                previousHash: exported.prevHash, hash: exported.hash, index: index)
        } catch let error as DecodingError {
            throw StanceLogError(
                .invalidInput, "line \(lineNumber) is not an exported stancelog event: \(error.summary)",
                hint: "import only files written by `stancelog export`")
        } catch let error as StanceLogError {
            let code: StanceLogError.Code = error.code == .corruptEvent ? .invalidInput : error.code
            throw StanceLogError(code, "line \(lineNumber): \(error.message)", hint: error.hint)
        }
    }

    private static func quoted(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// The decoding side of one exported line.
private struct ExportedEvent: Decodable {
    /// A payload decoded at once (current schema version, or one that decodes as current) or kept parsed for upcasting (older).
    enum Payload {
        case current(DomainEvent)
        case older([String: JSONValue])
    }

    let seq: Int64
    let type: EventType
    let stream: StreamID
    let version: Int
    let schemaVersion: Int
    let recordedAt: String
    let payload: Payload
    let prevHash: String
    let hash: String

    enum CodingKeys: String, CodingKey {
        case seq, type, stream, version, schemaVersion, recordedAt, payload, prevHash, hash
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        seq = try container.decode(Int64.self, forKey: .seq)
        type = try container.decode(EventType.self, forKey: .type)
        stream = try container.decode(StreamID.self, forKey: .stream)
        version = try container.decode(Int.self, forKey: .version)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        recordedAt = try container.decode(String.self, forKey: .recordedAt)
        prevHash = try container.decode(String.self, forKey: .prevHash)
        hash = try container.decode(String.self, forKey: .hash)
        try type.requireReadable(schemaVersion: schemaVersion)
        guard type.decodesAsCurrent(schemaVersion: schemaVersion) else {
            payload = .older(try container.decode([String: JSONValue].self, forKey: .payload))
            return
        }
        switch type {
        case .articleIngested: payload = .current(.articleIngested(try container.decode(ArticleIngested.self, forKey: .payload)))
        case .positionStated:
            let stated = try container.decode(PositionStated.self, forKey: .payload)
            guard stated.by == nil || schemaVersion >= 2 else {
                throw StanceLogError(.invalidInput, "PositionStated schema version \(schemaVersion) has a 'by', which only version 2 has")
            }
            payload = .current(.positionStated(stated))
        case .statementCorrected:
            payload = .current(.statementCorrected(try container.decode(StatementCorrected.self, forKey: .payload)))
        case .statementRetracted:
            payload = .current(.statementRetracted(try container.decode(StatementRetracted.self, forKey: .payload)))
        case .extractionSuperseded:
            payload = .current(.extractionSuperseded(try container.decode(ExtractionSuperseded.self, forKey: .payload)))
        case .articleWithdrawn:
            payload = .current(.articleWithdrawn(try container.decode(ArticleWithdrawn.self, forKey: .payload)))
        case .articleRestored:
            payload = .current(.articleRestored(try container.decode(ArticleRestored.self, forKey: .payload)))
        }
    }

    /// The payload bytes to store and the typed columns of the (upcast) event.
    func canonicalPayload() throws -> ([UInt8], EventIndex) {
        switch payload {
        case .current(let event):
            return (try EventCodec.encode(event), event.index)
        case .older(let object):
            let event = try EventCodec.decode(type: type, schemaVersion: schemaVersion, object: object)
            return (try EventCodec.canonicalBytes(of: .object(object)), event.index)
        }
    }
}
