import Foundation
import StanceLogCore
import StanceLogPostgres
import StanceLogTesting
import Testing

/// Why appends lock a head row: a reader that follows the log by position must never skip an event.
@Suite(.enabled(if: TestPostgres.isEnabled)) struct PostgresOrderingTests {
    @Test func aReaderFollowingAnIdentityColumnSkipsAnEventThatCommitsLate() async throws {
        let url = try PostgresServer.freshURL()
        let control = "\(url.schema)_control"
        let setup = try await RawSession(url)
        try await setup.execute("CREATE SCHEMA \(control)")
        try await setup.execute(
            "CREATE TABLE \(control).events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text NOT NULL)")
        let slow = try await RawSession(url)
        try await slow.execute("BEGIN")
        try await slow.execute("INSERT INTO \(control).events (note) VALUES ('slow')")
        try await setup.execute("INSERT INTO \(control).events (note) VALUES ('fast')")
        func after(_ cursor: Int) async throws -> [Int] {
            try await setup.texts("SELECT id::text FROM \(control).events WHERE id > \(cursor) ORDER BY id").compactMap { Int($0) }
        }
        let firstPage = try await after(0)
        let cursor = firstPage.last ?? 0
        try await slow.execute("COMMIT")
        let secondPage = try await after(cursor)
        #expect(firstPage == [2])
        #expect(secondPage.isEmpty)
        #expect(try await after(0) == [1, 2], "event 1 exists, but the follower never saw it")
        await slow.close()
        await setup.close()
    }

    @Test func aReaderFollowingTheHeadLockedLogSeesEveryEvent() async throws {
        let store = try await PostgresServer.freshStore()
        let schema = store.url.schema
        let slow = try await RawSession(store.url, applicationName: "slow-writer")
        try await slow.execute("BEGIN")
        try await slow.execute("SELECT seq FROM \(schema).log_head FOR UPDATE")
        let slowEvent = try ChainHead.empty.seal([SampleEvents.stream("slow")], now: RecordTime(Date())) { _ in 0 }[0]
        try await slow.execute(PostgresServer.insertSQL(slowEvent, schema: schema))
        let fast = Task { try await store.append([SampleEvents.stream("fast")]) }
        let watcher = try await RawSession(store.url)
        try await PostgresServer.waitUntil("the fast writer waits for the head") {
            try await watcher.texts(
                "SELECT count(*)::text FROM pg_stat_activity WHERE application_name = 'stancelog' AND wait_event_type = 'Lock'"
            ) != ["0"]
        }
        let firstPage = try await store.read(EventQuery(fromSequence: 1))
        try await slow.execute("UPDATE \(schema).log_head SET seq = 1, hash = '\(slowEvent.hash)', recorded_at = \(slowEvent.recordedAt.milliseconds)")
        try await slow.execute("COMMIT")
        let fastEvents = try await fast.value
        let secondPage = try await store.read(EventQuery(fromSequence: Int64(firstPage.count) + 1))
        #expect(firstPage.isEmpty)
        #expect(secondPage.map(\.sequence) == [1, 2])
        #expect(fastEvents.map(\.sequence) == [2])
        #expect(fastEvents.first?.previousHash == slowEvent.hash)
        #expect(try await ChainVerifier().verify(store).isIntact)
        await slow.close()
        await watcher.close()
        await store.close()
    }

    @Test func recordTimeComesFromTheServerClock() async throws {
        let store = try await PostgresServer.freshStore()
        let raw = try await RawSession(store.url)
        let clock = "SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint::text"
        let before = try #require(Int64(try await raw.texts(clock)[0]))
        let event = try #require(try await store.append([SampleEvents.stream("a")]).first)
        let after = try #require(Int64(try await raw.texts(clock)[0]))
        #expect((before...after).contains(event.recordedAt.milliseconds))
        await raw.close()
        await store.close()
    }
}
