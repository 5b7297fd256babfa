import Foundation
import StanceLogCore
import Testing

/// Version-1 corrections and retractions (written before `by` existed) still read, with no one named.
@Suite struct CuratorUpcasterTests {
    private let article = String(repeating: "a", count: 64)

    @Test func aVersionOneRetractionReadsWithoutBy() throws {
        let payload = #"{"articleId":"\#(article)","reason":"misread","statementId":"st-0123456789abcdef0123"}"#
        let event = try EventCodec.decode(type: .statementRetracted, schemaVersion: 1, payload: Array(payload.utf8))
        guard case .statementRetracted(let retraction) = event else {
            Issue.record("decoded \(event)")
            return
        }
        #expect(retraction.reason == "misread")
        #expect(retraction.by == nil)
    }

    @Test func aVersionOneCorrectionReadsWithoutBy() throws {
        let payload = #"{"articleId":"\#(article)","reason":"r","stance":1,"statementId":"st-0123456789abcdef0123"}"#
        let event = try EventCodec.decode(type: .statementCorrected, schemaVersion: 1, payload: Array(payload.utf8))
        guard case .statementCorrected(let correction) = event else {
            Issue.record("decoded \(event)")
            return
        }
        #expect(correction.stance == Stance(1))
        #expect(correction.by == nil)
    }

    @Test func aVersionTwoRetractionKeepsWhoMadeIt() throws {
        let retraction = StatementRetracted(
            statementID: StatementID(rawValue: "st-0123456789abcdef0123"), articleID: ArticleID(rawValue: article)!,
            reason: "r", by: "ana")
        let bytes = try EventCodec.encode(.statementRetracted(retraction))
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""by":"ana""#))
        #expect(try EventCodec.decode(type: .statementRetracted, schemaVersion: 2, payload: bytes)
            == .statementRetracted(retraction))
    }

    private func statement(by: String?) -> PositionStated {
        PositionStated(
            statementID: StatementID(rawValue: "st-0123456789abcdef0123"), articleID: ArticleID(rawValue: article)!,
            party: "UA", topic: "territory", stance: Stance(1)!, attribution: .direct, speaker: nil,
            evidence: [EvidenceSpan(text: "Wir verhandeln nicht.")], validDate: PartialDate(year: 2025)!,
            origin: by == nil ? .extractor : .analyst, extractor: nil, confidence: nil, by: by)
    }

    @Test func aStatementWithoutByIsWrittenAtVersionOneAndOneWithByAtVersionTwo() throws {
        #expect(DomainEvent.positionStated(statement(by: nil)).schemaVersion == 1)
        #expect(DomainEvent.positionStated(statement(by: "ana")).schemaVersion == 2)
        let bytes = try EventCodec.encode(.positionStated(statement(by: "ana")))
        #expect(bytes == (try EventCodec.encodeWithFoundation(.positionStated(statement(by: "ana")))))
        #expect(try EventCodec.decode(type: .positionStated, schemaVersion: 2, payload: bytes) == .positionStated(statement(by: "ana")))
        let plain = try EventCodec.encode(.positionStated(statement(by: nil)))
        #expect(!String(decoding: plain, as: UTF8.self).contains("\"by\""))
        #expect(try EventCodec.decode(type: .positionStated, schemaVersion: 1, payload: plain) == .positionStated(statement(by: nil)))
    }

    @Test func aVersionOneStatementThatClaimsByIsRefused() throws {
        let bytes = try EventCodec.encode(.positionStated(statement(by: "ana")))
        #expect(throws: StanceLogError.self) {
            try EventCodec.decode(type: .positionStated, schemaVersion: 1, payload: bytes)
        }
    }
}
