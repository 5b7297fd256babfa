import Foundation
import StanceLogCore
import StanceLogTesting
import Testing

@Suite struct EventEncodingTests {
    static let events: [DomainEvent] = [
        .articleIngested(SampleEvents.article("a")),
        .positionStated(SampleEvents.statement(in: "a", party: "RU", topic: "nato_membership", stance: -2)),
        .statementCorrected(
            StatementCorrected(
                statementID: StatementID(rawValue: "st-1"), articleID: SampleEvents.articleID("a"), stance: Stance(-1),
                reason: "reluctant, not rejecting")),
        .statementRetracted(
            StatementRetracted(statementID: StatementID(rawValue: "st-1"), articleID: SampleEvents.articleID("a"), reason: "journalist's view")),
        .extractionSuperseded(
            ExtractionSuperseded(
                articleID: SampleEvents.articleID("a"), previous: ExtractorIdentity(name: "rules", version: "1", codebook: "u@1"),
                current: ExtractorIdentity(name: "rules", version: "2", codebook: "u@1"), statementCount: 3)),
    ]

    @Test(arguments: events)
    func payloadsRoundTripToTheSameCanonicalBytes(event: DomainEvent) throws {
        let bytes = try EventCodec.encode(event)
        let decoded = try EventCodec.decode(type: event.type, schemaVersion: event.type.currentSchemaVersion, payload: bytes)
        #expect(decoded == event)
        #expect(try EventCodec.encode(decoded) == bytes)
    }

    @Test func exportedLinesImportToTheSameRecordedEvents() throws {
        var head = ChainHead.empty
        for event in Self.events {
            let sealed = try head.seal(
                [StreamAppend(stream: .article(event.articleID), expectedVersion: .any, events: [event])],
                now: RecordTime(milliseconds: 1_763_900_000_123)
            ) { _ in Int(head.sequence) }
            let recorded = try #require(sealed.first)
            let line = JSONLinesExchange.line(for: recorded)
            let imported = try JSONLinesExchange.event(fromLine: line, lineNumber: 1)
            #expect(imported.recordedAt == recorded.recordedAt)
            #expect(imported.payload == recorded.payload)
            #expect(imported.index == recorded.index)
            #expect(imported == recorded)
            head = ChainHead(sequence: recorded.sequence, hash: recorded.hash, recordedAt: recorded.recordedAt)
        }
    }

    @Test func aStanceOutsideTheScaleDoesNotDecode() throws {
        let bytes = try EventCodec.encode(.positionStated(SampleEvents.statement(in: "a")))
        let tampered = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"stance\":1", with: "\"stance\":3")
        #expect(throws: StanceLogError.self) {
            try EventCodec.decode(type: .positionStated, schemaVersion: 1, payload: Array(tampered.utf8))
        }
    }

    @Test(arguments: EventType.allCases)
    func aNewerSchemaVersionIsRefusedAsWrittenByANewerStancelog(type: EventType) throws {
        let bytes = try EventCodec.encode(.articleIngested(SampleEvents.article("a")))
        let error = try #require(throws: StanceLogError.self) {
            try EventCodec.decode(type: type, schemaVersion: type.currentSchemaVersion + 1, payload: bytes)
        }
        #expect(error.code == .newerVersion)
        #expect(error.message.contains("\(type.rawValue) schema version \(type.currentSchemaVersion + 1) was written by a newer stancelog"))
        #expect(error.hint?.contains("upgrade stancelog") == true)
    }

    @Test func schemaVersionZeroIsRefusedAsCorrupt() throws {
        let bytes = try EventCodec.encode(.articleIngested(SampleEvents.article("a")))
        let error = try #require(throws: StanceLogError.self) {
            try EventCodec.decode(type: .articleIngested, schemaVersion: 0, payload: bytes)
        }
        #expect(error.code == .corruptEvent)
    }

    @Test func stanceIsLimitedToTheScale() {
        #expect(Stance(-3) == nil)
        #expect(Stance(3) == nil)
        #expect((-2...2).compactMap(Stance.init).map(\.label) == ["rejects", "reluctant", "ambivalent", "open", "demands"])
    }
}
