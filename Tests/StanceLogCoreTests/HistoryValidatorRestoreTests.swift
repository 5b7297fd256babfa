import Foundation
import StanceLogCore
import StanceLogTesting
import Testing

/// `HistoryValidator` on withdrawals and restorations: they must alternate, starting with a withdrawal.
@Suite struct HistoryValidatorRestoreTests {
    private let article = SampleEvents.articleID("a")

    /// The first problem the validator finds in `events` (all in article a's stream), with its position.
    private func firstProblem(_ events: [DomainEvent]) throws -> (Int, String)? {
        var validator = HistoryValidator(now: RecordTime(milliseconds: 1_000_000))
        var previous = String(repeating: "0", count: 64)
        for (offset, event) in events.enumerated() {
            let recorded = try RecordedEvent.seal(
                event, sequence: Int64(offset + 1), stream: .article(article), streamVersion: offset + 1,
                recordedAt: RecordTime(milliseconds: 1_000), previousHash: previous)
            previous = recorded.hash
            if let problem = validator.problem(with: recorded, decoded: event) { return (offset + 1, problem) }
        }
        return nil
    }

    private var ingested: DomainEvent { .articleIngested(SampleEvents.article("a")) }
    private var withdrawn: DomainEvent { .articleWithdrawn(ArticleWithdrawn(articleID: article, reason: "w")) }
    private var restored: DomainEvent { .articleRestored(ArticleRestored(articleID: article, reason: "r", by: "ana")) }

    @Test func withdrawRestoreWithdrawRestoreIsValid() throws {
        #expect(try firstProblem([ingested, withdrawn, restored, withdrawn, restored]) == nil)
    }

    @Test func restoringAnArticleNeverWithdrawnIsRefused() throws {
        let problem = try #require(try firstProblem([ingested, restored]))
        #expect(problem.0 == 2)
        #expect(problem.1.contains("restores article \(article.short), which is not withdrawn"))
    }

    @Test func restoringTwiceIsRefused() throws {
        let problem = try #require(try firstProblem([ingested, withdrawn, restored, restored]))
        #expect(problem.0 == 4)
        #expect(problem.1.contains("already restored"))
    }

    @Test func aRestorationRoundTripsThroughTheCodec() throws {
        let bytes = try EventCodec.encode(restored)
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"articleId":"\#(article.rawValue)","by":"ana","reason":"r"}"#)
        #expect(try EventCodec.decode(type: .articleRestored, schemaVersion: 1, payload: bytes) == restored)
    }
}
