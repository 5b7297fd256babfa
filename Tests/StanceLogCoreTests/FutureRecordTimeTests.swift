import Foundation
import StanceLogCore
import StanceLogTesting
import Testing

/// Issue 14, finding 5: one event recorded far in the future no longer stamps every later event with its time.
@Suite struct FutureRecordTimeTests {
    private static let now = Date(timeIntervalSince1970: 1_764_000_000)

    private func log(lastRecordedAt iso: String) async throws -> InMemoryEventStore {
        let future = try #require(RecordTime(iso8601: iso))
        let event = try RecordedEvent.seal(
            .articleIngested(SampleEvents.article("zukunft")), sequence: 1, stream: .article(SampleEvents.articleID("zukunft")),
            streamVersion: 1, recordedAt: future, previousHash: EventChain.genesisHash)
        let store = InMemoryEventStore(clock: { Self.now })
        try await store.importRecorded([event])
        return store
    }

    @Test func anAppendAfterAnEventFromTheYear2999IsRefusedNamingTheClock() async throws {
        let store = try await log(lastRecordedAt: "2999-01-01T00:00:00Z")
        await #expect {
            try await store.append([SampleEvents.stream("heute")])
        } throws: { error in
            let text = "\(error)"
            return (error as? StanceLogError)?.code == .invalidInput && text.contains("2999-01-01T00:00:00.000Z")
                && text.contains("this machine's clock (UTC)") && text.contains("nothing was appended")
        }
        #expect(await store.lastPosition() == 1)
    }

    @Test func aHeadWithinTheToleranceStillOrdersTheNextEventAfterIt() async throws {
        let store = try await log(lastRecordedAt: RecordTime(Self.now.addingTimeInterval(300)).iso8601)
        let appended = try await store.append([SampleEvents.stream("heute")])
        #expect(appended.first?.recordedAt == RecordTime(Self.now.addingTimeInterval(300)))
    }

    @Test func verifyNamesAnEventRecordedBeyondTheTolerance() async throws {
        let store = try await log(lastRecordedAt: RecordTime(Self.now.addingTimeInterval(601)).iso8601)
        let report = try await ChainVerifier(now: RecordTime(Self.now)).verify(store)
        #expect(report.firstProblem?.sequence == 1)
        #expect(report.firstProblem?.reason.contains("more than 10 minutes after this machine's clock (UTC)") == true)
        #expect(try await ChainVerifier(now: RecordTime(Self.now.addingTimeInterval(2))).verify(store).isIntact)
    }
}
