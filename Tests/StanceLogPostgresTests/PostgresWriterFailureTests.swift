import Foundation
import StanceLogCore
import StanceLogPostgres
import StanceLogTesting
import Testing

/// A writer that dies, sleeps or holds the head never leaves half a transaction nor blocks the log for good.
@Suite(.enabled(if: TestPostgres.isEnabled)) struct PostgresWriterFailureTests {
    @Test func aWriterKilledMidTransactionLeavesNothingAndTheNextAppendContinuesTheChain() async throws {
        let store = try await PostgresServer.freshStore()
        let schema = store.url.schema
        let existing = try await store.append([SampleEvents.stream("a")])
        let head = ChainHead(sequence: 1, hash: existing[0].hash, recordedAt: existing[0].recordedAt)
        let doomed = try head.seal([SampleEvents.stream("doomed", statements: [SampleEvents.statement(in: "doomed")])],
            now: existing[0].recordedAt) { _ in 0 }
        guard case .socket(let folder) = store.url.host else { throw TestPostgresMissing() }
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        psql.arguments = ["-h", folder, "-p", "\(store.url.port)", "-U", store.url.user, "-d", store.url.database,
            "-q", "-v", "ON_ERROR_STOP=1"]
        psql.environment = ["PGAPPNAME": "killed-writer", "PATH": "/usr/bin:/bin"]
        let input = Pipe()
        psql.standardInput = input
        psql.standardOutput = FileHandle.nullDevice
        try psql.run()
        let script = ["BEGIN;", "SELECT seq FROM \(schema).log_head FOR UPDATE;"]
            + doomed.map { PostgresServer.insertSQL($0, schema: schema) + ";" }
        input.fileHandleForWriting.write(Data((script.joined(separator: "\n") + "\n").utf8))
        let watcher = try await RawSession(store.url)
        try await PostgresServer.waitUntil("the writer has inserted and sits inside its transaction") {
            try await watcher.texts(
                """
                SELECT count(*)::text FROM pg_stat_activity
                WHERE application_name = 'killed-writer' AND state = 'idle in transaction' AND query LIKE 'INSERT%'
                """) == ["1"]
        }
        kill(psql.processIdentifier, SIGKILL)
        psql.waitUntilExit()
        let next = try await store.append([SampleEvents.stream("b")])
        #expect(next.map(\.sequence) == [2])
        #expect(next.first?.previousHash == existing[0].hash)
        let all = try await store.read(EventQuery())
        #expect(all.map(\.stream) == [existing[0].stream, next[0].stream])
        #expect(try await watcher.texts("SELECT count(*)::text FROM \(schema).events WHERE stream_id LIKE '%doomed%'") == ["0"])
        #expect(try await ChainVerifier().verify(store).isIntact)
        await watcher.close()
        await store.close()
    }

    @Test func anAppendWaitingForAHeldHeadIsRetriedAndLandsOnceTheHolderCommits() async throws {
        let store = try await PostgresServer.freshStore(
            timeouts: PostgresTimeouts(lockTimeout: .milliseconds(100), idleInTransaction: .seconds(10)))
        let holder = try await RawSession(store.url)
        try await holder.execute("BEGIN")
        try await holder.execute("SELECT seq FROM \(store.url.schema).log_head FOR UPDATE")
        let append = Task { try await store.append([SampleEvents.stream("a")]) }
        try await Task.sleep(for: .milliseconds(600))
        try await holder.execute("COMMIT")
        #expect(try await append.value.map(\.sequence) == [1])
        await holder.close()
        await store.close()
    }

    @Test func anAppendGivesUpOnAHeadHeldTooLongSayingAnotherWriterHoldsTheLog() async throws {
        let store = try await PostgresServer.freshStore(
            timeouts: PostgresTimeouts(lockTimeout: .milliseconds(50), idleInTransaction: .seconds(10)))
        let holder = try await RawSession(store.url)
        try await holder.execute("BEGIN")
        try await holder.execute("SELECT seq FROM \(store.url.schema).log_head FOR UPDATE")
        let error = await #expect(throws: StanceLogError.self) {
            try await store.append([SampleEvents.stream("a")])
        }
        #expect(error?.message.contains("another writer holds the log") == true)
        try await holder.execute("ROLLBACK")
        #expect(try await store.lastPosition() == 0)
        await holder.close()
        await store.close()
    }

    @Test func theServerEndsAWriterSessionLeftIdleInsideATransactionAndTheNextAppendLands() async throws {
        let url = try PostgresServer.freshURL()
        let store = try await PostgresEventStore.open(
            url, timeouts: PostgresTimeouts(lockTimeout: .seconds(3), idleInTransaction: .milliseconds(300)))
        #expect(try await store.sessionSetting("idle_in_transaction_session_timeout") == "300ms")
        #expect(try await store.sessionSetting("lock_timeout") == "3s")
        let sleeper = try await RawSession(url, applicationName: "sleeping-laptop")
        try await sleeper.execute("SET idle_in_transaction_session_timeout = 300")
        try await sleeper.execute("BEGIN")
        try await sleeper.execute("SELECT seq FROM \(url.schema).log_head FOR UPDATE")
        #expect(try await store.append([SampleEvents.stream("a")]).map(\.sequence) == [1])
        let watcher = try await RawSession(url)
        #expect(
            try await watcher.texts("SELECT count(*)::text FROM pg_stat_activity WHERE application_name = 'sleeping-laptop'")
                == ["0"], "the server ended the sleeping session")
        await watcher.close()
        await sleeper.close()
        await store.close()
    }
}
