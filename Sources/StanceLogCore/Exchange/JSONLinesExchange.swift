import Foundation

/// The exported form of a log: one JSON object per event and line.
///
/// Each line holds `seq`, `type`, `stream`, `version`, `schemaVersion`,
/// `recordedAt` (ISO 8601), `payload` (the event's canonical JSON object),
/// `prevHash` and `hash`. Import re-encodes each payload canonically, so the
/// hashes verify exactly when the payload is unchanged.
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
    /// - Parameter lineNumber: used in the error message.
    /// - Throws: ``StanceLogError`` `invalidInput` naming the line and what is wrong with it.
    public static func event(fromLine line: some StringProtocol, lineNumber: Int) throws -> RecordedEvent {
        do {
            let exported = try JSONDecoder().decode(ExportedEvent.self, from: Data(line.utf8))
            guard let recordedAt = RecordTime(iso8601: exported.recordedAt) else {
                throw StanceLogError(
                    .invalidInput, "line \(lineNumber): recordedAt '\(exported.recordedAt)' is not ISO 8601")
            }
            return RecordedEvent(
                sequence: exported.seq, stream: exported.stream, streamVersion: exported.version,
                type: exported.type, schemaVersion: exported.schemaVersion,
                payload: try EventCodec.encode(exported.payload), recordedAt: recordedAt,
                previousHash: exported.prevHash, hash: exported.hash, index: exported.payload.index)
        } catch let error as DecodingError {
            throw StanceLogError(
                .invalidInput, "line \(lineNumber) is not an exported stancelog event: \(error.summary)",
                hint: "import only files written by `stancelog export`")
        }
    }

    private static func quoted(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// The decoding side of one exported line.
private struct ExportedEvent: Decodable {
    let seq: Int64
    let type: EventType
    let stream: StreamID
    let version: Int
    let schemaVersion: Int
    let recordedAt: String
    let payload: DomainEvent
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
        guard schemaVersion == type.currentSchemaVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: container,
                debugDescription: "schema version \(schemaVersion) of \(type.rawValue) is unknown")
        }
        switch type {
        case .articleIngested: payload = .articleIngested(try container.decode(ArticleIngested.self, forKey: .payload))
        case .positionStated: payload = .positionStated(try container.decode(PositionStated.self, forKey: .payload))
        case .statementCorrected:
            payload = .statementCorrected(try container.decode(StatementCorrected.self, forKey: .payload))
        case .statementRetracted:
            payload = .statementRetracted(try container.decode(StatementRetracted.self, forKey: .payload))
        case .extractionSuperseded:
            payload = .extractionSuperseded(try container.decode(ExtractionSuperseded.self, forKey: .payload))
        }
    }
}
