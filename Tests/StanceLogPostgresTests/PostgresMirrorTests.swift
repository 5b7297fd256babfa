import Foundation
import StanceLogCore
import StanceLogPostgres
import StanceLogSQLite
import StanceLogTesting
import Testing

/// The local mirror of a server log: it follows the server and catches a history rewritten on it.
@Suite(.enabled(if: TestPostgres.isEnabled)) struct PostgresMirrorTests {
    @Test func aMirrorFollowsTheServerLogEventForEvent() async throws {
        let server = try await PostgresServer.freshStore()
        try await server.append([SampleEvents.stream("a", statements: [SampleEvents.statement(in: "a")]), SampleEvents.stream("b")])
        let mirror = LogMirror(source: server, mirror: try SQLiteEventStore.inMemory(), pageSize: 2)
        #expect(try await mirror.pull().lastSequence == 3)
        try await server.append([SampleEvents.stream("c")])
        #expect(try await mirror.pull().pulled == 1)
        #expect(try await mirror.mirror.read(EventQuery()) == (try await server.read(EventQuery())))
        await server.close()
    }

    @Test func aHistoryRewrittenOnTheServerWithConsistentHashesIsCaughtByTheMirror() async throws {
        let server = try await PostgresServer.freshStore()
        try await server.append([SampleEvents.stream("a"), SampleEvents.stream("b"), SampleEvents.stream("c")])
        let mirror = LogMirror(source: server, mirror: try SQLiteEventStore.inMemory())
        try await mirror.pull()
        let before = try await mirror.mirror.read(EventQuery())

        // A superuser switches the triggers off and rewrites event 2 and every hash after it.
        let forged = InMemoryEventStore()
        try await forged.importRecorded([before[0]])
        try await forged.append([SampleEvents.stream("forged"), SampleEvents.stream("c")])
        let raw = try await RawSession(server.url)
        let schema = server.url.schema
        try await raw.execute("SET session_replication_role = replica")
        try await raw.execute("DELETE FROM \(schema).events WHERE seq >= 2")
        for event in await forged.read(EventQuery(fromSequence: 2)) {
            try await raw.execute(PostgresServer.insertSQL(event, schema: schema))
        }
        let forgedHead = await forged.read(EventQuery()).last!
        try await raw.execute("UPDATE \(schema).log_head SET hash = '\(forgedHead.hash)'")
        #expect(try await ChainVerifier().verify(server).isIntact, "the server's own chain verifies")

        let error = await #expect(throws: StanceLogError.self) { try await mirror.pull() }
        #expect(error?.code == .chainBroken)
        #expect(error?.message.contains("the server's event 3 differs from the mirror's") == true)
        #expect(try await mirror.mirror.read(EventQuery()) == before)
        await raw.close()
        await server.close()
    }
}
