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
}
