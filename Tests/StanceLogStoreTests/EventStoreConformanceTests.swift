import Foundation
import StanceLogCore
import StanceLogTesting
import Testing

/// The contract every ``EventStore`` backend must honour.
@Suite struct EventStoreConformanceTests {
    @Test(arguments: StoreBackend.allCases)
    func anEmptyStoreHasPositionZeroAndNoEvents(backend: StoreBackend) async throws {
        let store = try await backend.make()
        #expect(try await store.lastPosition() == 0)
        #expect(try await store.read(EventQuery()).isEmpty)
        #expect(try await store.readStream(.article(SampleEvents.articleID("a"))).isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func appendsGetGaplessSequenceNumbersFromOneAndStreamVersions(backend: StoreBackend) async throws {
        let store = try await backend.make()
        try await store.append([SampleEvents.stream("a", statements: [SampleEvents.statement(in: "a")])])
        try await store.append([SampleEvents.stream("b"), SampleEvents.stream("c")])
        let all = try await store.read(EventQuery())
        #expect(all.map(\.sequence) == [1, 2, 3, 4])
        #expect(all.map(\.streamVersion) == [1, 2, 1, 1])
        #expect(try await store.lastPosition() == 4)
        #expect(try await store.readStream(.article(SampleEvents.articleID("a"))).map(\.streamVersion) == [1, 2])
    }

    @Test(arguments: StoreBackend.allCases)
    func eventsReadBackAsAppended(backend: StoreBackend) async throws {
        let store = try await backend.make()
        let statement = SampleEvents.statement(in: "a", party: "RU", topic: "nato_membership", stance: -2)
        let appended = try await store.append([SampleEvents.stream("a", statements: [statement])])
        let read = try await store.read(EventQuery())
        #expect(read == appended)
        #expect(try read[1].decoded() == .positionStated(statement))
        #expect(read[1].index.party == "RU")
        #expect(read[1].index.stance == Stance(-2))
    }

    @Test(arguments: StoreBackend.allCases)
    func aWrongExpectedVersionWritesNothingAndNamesTheStream(backend: StoreBackend) async throws {
        let store = try await backend.make()
        try await store.append([SampleEvents.stream("a")])
        let stream = StreamID.article(SampleEvents.articleID("a"))
        await #expect {
            try await store.append([SampleEvents.stream("a")])
        } throws: { error in
            (error as? StanceLogError)?.code == .wrongExpectedVersion
                && (error as? StanceLogError)?.message.contains(stream.rawValue) == true
        }
        await #expect(throws: StanceLogError.self) {
            try await store.append(
                [.statementRetracted(StatementRetracted(statementID: StatementID(rawValue: "st-x"), articleID: SampleEvents.articleID("a"), reason: "r"))],
                to: stream, expectedVersion: .exactly(5))
        }
        #expect(try await store.lastPosition() == 1)
        try await store.append([.positionStated(SampleEvents.statement(in: "a"))], to: stream, expectedVersion: .exactly(1))
        #expect(try await store.streamVersion(stream) == 2)
    }

    @Test(arguments: StoreBackend.allCases)
    func aBatchIsAllOrNothing(backend: StoreBackend) async throws {
        let store = try await backend.make()
        try await store.append([SampleEvents.stream("b")])
        await #expect(throws: StanceLogError.self) {
            try await store.append([SampleEvents.stream("a"), SampleEvents.stream("b")])
        }
        #expect(try await store.lastPosition() == 1)
        #expect(try await store.readStream(.article(SampleEvents.articleID("a"))).isEmpty)
        let next = try await store.append([SampleEvents.stream("a")])
        #expect(next.first?.sequence == 2)
        #expect(next.first?.previousHash == (try await store.read(EventQuery()).first?.hash))
    }

    @Test(arguments: StoreBackend.allCases)
    func readFiltersByPositionTypeArticlePartyAndStatement(backend: StoreBackend) async throws {
        let store = try await backend.make()
        let ruStatement = SampleEvents.statement(in: "a", party: "RU", topic: "nato_membership", stance: -2)
        try await store.append([
            SampleEvents.stream("a", statements: [ruStatement, SampleEvents.statement(in: "a", party: "US")]),
            SampleEvents.stream("b", statements: [SampleEvents.statement(in: "b", party: "RU", topic: "territory")]),
        ])
        #expect(try await store.read(EventQuery(fromSequence: 3)).map(\.sequence) == [3, 4, 5])
        #expect(try await store.read(EventQuery(fromSequence: 2, limit: 2)).map(\.sequence) == [2, 3])
        #expect(try await store.read(EventQuery(types: [.articleIngested])).map(\.sequence) == [1, 4])
        #expect(try await store.read(EventQuery(articleID: SampleEvents.articleID("b"))).map(\.sequence) == [4, 5])
        #expect(try await store.read(EventQuery(party: "RU")).map(\.sequence) == [2, 5])
        #expect(try await store.read(EventQuery(statementID: ruStatement.statementID)).map(\.sequence) == [2])
        #expect(try await store.read(EventQuery(fromSequence: 99)).isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func eachEventIsChainedToThePreviousOne(backend: StoreBackend) async throws {
        let store = try await backend.make()
        try await store.append([SampleEvents.stream("a", statements: [SampleEvents.statement(in: "a")])])
        try await store.append([SampleEvents.stream("b")])
        let events = try await store.read(EventQuery())
        #expect(events[0].previousHash == EventChain.genesisHash)
        for (previous, event) in zip(events, events.dropFirst()) {
            #expect(event.previousHash == previous.hash)
        }
        #expect(events.allSatisfy { $0.hash == $0.recomputedHash })
        #expect(try await ChainVerifier().verify(store).isIntact)
    }

    @Test(arguments: StoreBackend.allCases)
    func recordTimeNeverGoesBackwards(backend: StoreBackend) async throws {
        let store = try await backend.make(clock: SteppingClock(step: -60))
        try await store.append([SampleEvents.stream("a")])
        try await store.append([SampleEvents.stream("b")])
        let times = try await store.read(EventQuery()).map(\.recordedAt)
        #expect(times[1] >= times[0])
        #expect(try await ChainVerifier().verify(store).isIntact)
    }

    @Test(arguments: StoreBackend.allCases)
    func importLoadsAnExportedLogVerbatimIntoAnEmptyStoreOnly(backend: StoreBackend) async throws {
        let clock = SteppingClock()
        let source = InMemoryEventStore(clock: { clock.now() })
        try await source.append([SampleEvents.stream("a", statements: [SampleEvents.statement(in: "a")])])
        try await source.append([SampleEvents.stream("b")])
        let exported = await source.read(EventQuery())
        let store = try await backend.make(clock: clock)
        try await store.importRecorded(exported)
        #expect(try await store.read(EventQuery()) == exported)
        #expect(try await ChainVerifier().verify(store).isIntact)
        let appended = try await store.append([SampleEvents.stream("c")])
        #expect(appended.first?.sequence == 4)
        #expect(appended.first?.previousHash == exported.last?.hash)
        await #expect {
            try await store.importRecorded(exported)
        } throws: { ($0 as? StanceLogError)?.code == .storeNotEmpty }
    }

    @Test(arguments: StoreBackend.allCases)
    func verifyNamesTheFirstEventThatDoesNotFit(backend: StoreBackend) async throws {
        let source = InMemoryEventStore()
        try await source.append([SampleEvents.stream("a"), SampleEvents.stream("b"), SampleEvents.stream("c")])
        var events = await source.read(EventQuery())
        let original = events[1]
        events[1] = RecordedEvent(
            sequence: original.sequence, stream: original.stream, streamVersion: original.streamVersion,
            type: original.type, schemaVersion: original.schemaVersion,
            payload: Array(String(decoding: original.payload, as: UTF8.self).replacingOccurrences(of: "2025-02-12", with: "2025-02-13").utf8),
            recordedAt: original.recordedAt, previousHash: original.previousHash, hash: original.hash,
            index: original.index)
        let store = try await backend.make()
        try await store.importRecorded(events)
        let report = try await ChainVerifier().verify(store)
        #expect(report.firstProblem?.sequence == 2)
        #expect(report.checkedEvents == 1)
    }
}
