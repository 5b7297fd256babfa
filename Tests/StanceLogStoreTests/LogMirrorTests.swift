import Foundation
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import Testing

/// A local SQLite mirror follows a source log and refuses one whose history disagrees with it.
@Suite struct LogMirrorTests {
    private func mirror(of source: any EventStore, pageSize: Int = 2) throws -> LogMirror {
        try LogMirror(source: source, mirror: SQLiteEventStore.inMemory(), pageSize: pageSize)
    }

    @Test func aPullStoresEveryEventAfterTheMirrorsLastOneVerbatim() async throws {
        let source = InMemoryEventStore()
        try await source.append([SampleEvents.stream("a", statements: [SampleEvents.statement(in: "a")]), SampleEvents.stream("b")])
        let mirror = try mirror(of: source)
        #expect(try await mirror.pull() == LogMirror.Pull(pulled: 3, lastSequence: 3))
        try await source.append([SampleEvents.stream("c")])
        #expect(try await mirror.pull() == LogMirror.Pull(pulled: 1, lastSequence: 4))
        #expect(try await mirror.pull() == LogMirror.Pull(pulled: 0, lastSequence: 4))
        #expect(try await mirror.mirror.read(EventQuery()) == (await source.read(EventQuery())))
        #expect(try await ChainVerifier().verify(mirror.mirror).isIntact)
    }

    @Test func aSourceWhoseHistoryWasRewrittenIsRefusedAndTheMirrorKept() async throws {
        let original = InMemoryEventStore()
        try await original.append([SampleEvents.stream("a"), SampleEvents.stream("b")])
        let mirror = try mirror(of: original)
        try await mirror.pull()
        let rewritten = InMemoryEventStore()
        try await rewritten.append([SampleEvents.stream("x"), SampleEvents.stream("b"), SampleEvents.stream("c")])
        let follower = LogMirror(source: rewritten, mirror: mirror.mirror)
        let error = await #expect(throws: StanceLogError.self) { try await follower.pull() }
        #expect(error?.code == .chainBroken)
        #expect(error?.message.contains("disagrees with the local mirror") == true)
        #expect(try await mirror.mirror.read(EventQuery()) == (await original.read(EventQuery())))
    }

    @Test func aSourceShorterThanTheMirrorIsRefused() async throws {
        let source = InMemoryEventStore()
        try await source.append([SampleEvents.stream("a"), SampleEvents.stream("b")])
        let mirror = try mirror(of: source)
        try await mirror.pull()
        let error = await #expect(throws: StanceLogError.self) {
            try await LogMirror(source: InMemoryEventStore(), mirror: mirror.mirror).pull()
        }
        #expect(error?.message.contains("has no event 2") == true)
    }

    @Test func anEventWhoseHashDoesNotRecomputeIsNotStoredNorAnythingAfterIt() async throws {
        let honest = InMemoryEventStore()
        try await honest.append([SampleEvents.stream("a"), SampleEvents.stream("b"), SampleEvents.stream("c")])
        var events = await honest.read(EventQuery())
        let second = events[1]
        events[1] = RecordedEvent(
            sequence: second.sequence, stream: second.stream, streamVersion: second.streamVersion, type: second.type,
            schemaVersion: second.schemaVersion, payload: second.payload + Array(" ".utf8),
            recordedAt: second.recordedAt, previousHash: second.previousHash, hash: second.hash, index: second.index)
        let tampered = InMemoryEventStore()
        try await tampered.importRecorded(events)
        let mirror = try mirror(of: tampered, pageSize: 1)
        let error = await #expect(throws: StanceLogError.self) { try await mirror.pull() }
        #expect(error?.message.contains("event 2 does not fit the chain") == true)
        #expect(try await mirror.mirror.lastPosition() == 1)
    }
}
