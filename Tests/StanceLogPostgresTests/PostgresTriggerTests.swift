import Foundation
import StanceLogCore
import StanceLogPostgres
import StanceLogTesting
import Testing

/// The server itself refuses changes to the log, from any client, superuser included.
@Suite(.enabled(if: TestPostgres.isEnabled)) struct PostgresTriggerTests {
    @Test func updateDeleteAndTruncateOfEventsAndTheHeadAreRefused() async throws {
        let store = try await PostgresServer.freshStore()
        try await store.append([SampleEvents.stream("a"), SampleEvents.stream("b")])
        let raw = try await RawSession(store.url)
        let schema = store.url.schema
        for sql in [
            "UPDATE \(schema).events SET stream_version = 9 WHERE seq = 1",
            "DELETE FROM \(schema).events WHERE seq = 2",
            "TRUNCATE \(schema).events CASCADE",
            "DELETE FROM \(schema).log_head",
            "TRUNCATE \(schema).log_head",
        ] {
            #expect(await raw.sqlState(of: sql) == "SL001", "\(sql)")
        }
        #expect(try await store.read(EventQuery()).map(\.sequence) == [1, 2])
        #expect(try await ChainVerifier().verify(store).isIntact)
        await raw.close()
        await store.close()
    }

    @Test func anEventThatDoesNotLinkToTheOneBeforeAndAForgedHeadAreRefused() async throws {
        let store = try await PostgresServer.freshStore()
        let first = try await store.append([SampleEvents.stream("a")])
        let raw = try await RawSession(store.url)
        let schema = store.url.schema
        let head = ChainHead(sequence: 1, hash: first[0].hash, recordedAt: first[0].recordedAt)
        let good = try head.seal([SampleEvents.stream("b")], now: first[0].recordedAt) { _ in 0 }[0]
        let wrongLink = try ChainHead(sequence: 1, hash: String(repeating: "f", count: 64), recordedAt: first[0].recordedAt)
            .seal([SampleEvents.stream("b")], now: first[0].recordedAt) { _ in 0 }[0]
        let gap = try ChainHead(sequence: 5, hash: first[0].hash, recordedAt: first[0].recordedAt)
            .seal([SampleEvents.stream("b")], now: first[0].recordedAt) { _ in 0 }[0]
        #expect(await raw.sqlState(of: PostgresServer.insertSQL(wrongLink, schema: schema)) == "SL002")
        #expect(await raw.sqlState(of: PostgresServer.insertSQL(gap, schema: schema)) == "SL002")
        #expect(await raw.sqlState(of: "UPDATE \(schema).log_head SET seq = 1, hash = '\(good.hash)'") == "SL002")
        #expect(try await store.lastPosition() == 1)
        await #expect {
            try await store.importRecorded([wrongLink])
        } throws: { ($0 as? StanceLogError)?.code == .storeNotEmpty }
        await raw.close()
        await store.close()
    }
}
