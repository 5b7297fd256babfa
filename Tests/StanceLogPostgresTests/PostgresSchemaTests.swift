import Foundation
import StanceLogCore
import StanceLogPostgres
import StanceLogTesting
import Testing

/// Migrations under an advisory lock; schemas stancelog cannot use are refused unchanged; the app role's rights.
@Suite(.enabled(if: TestPostgres.isEnabled)) struct PostgresSchemaTests {
    @Test func aRequiredServerIsThere() async throws {
        try #require(TestPostgres.url != nil, "\(TestPostgresMissing())")
        let store = try await PostgresServer.freshStore()
        #expect(try await store.lastPosition() == 0)
        await store.close()
    }

    @Test func fourProcessesOpeningANewLogAtOnceApplyEachMigrationOnce() async throws {
        let url = try PostgresServer.freshURL()
        let stores = try await withThrowingTaskGroup(of: PostgresEventStore.self) { group in
            for _ in 0..<4 { group.addTask { try await PostgresEventStore.open(url) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let raw = try await RawSession(url)
        #expect(try await raw.texts("SELECT id FROM \(url.schema).migrations") == ["v1-events"])
        try await stores[0].append([SampleEvents.stream("a")])
        #expect(try await stores[3].lastPosition() == 1)
        for store in stores { await store.close() }
        await raw.close()
    }

    @Test func aLogMigratedByANewerStancelogIsRefusedUnchanged() async throws {
        let store = try await PostgresServer.freshStore()
        try await store.append([SampleEvents.stream("a")])
        let raw = try await RawSession(store.url)
        try await raw.execute("INSERT INTO \(store.url.schema).migrations (id) VALUES ('v2-events-from-the-future')")
        let error = await #expect(throws: StanceLogError.self) { try await PostgresEventStore.open(store.url) }
        #expect(error?.code == .newerVersion)
        #expect(error?.message.contains("v2-events-from-the-future") == true)
        #expect(try await raw.texts("SELECT count(*)::text FROM \(store.url.schema).events") == ["1"])
        await raw.close()
        await store.close()
    }

    @Test func aSchemaHoldingOtherTablesIsNotALogAndStaysUnchanged() async throws {
        let url = try PostgresServer.freshURL()
        let raw = try await RawSession(url)
        try await raw.execute("CREATE SCHEMA \(url.schema)")
        try await raw.execute("CREATE TABLE \(url.schema).invoices (id int)")
        let error = await #expect(throws: StanceLogError.self) { try await PostgresEventStore.open(url) }
        #expect(error?.code == .notALog)
        #expect(try await raw.texts(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = '\(url.schema)'") == ["invoices"])
        await raw.close()
    }

    @Test func openingWithoutMigratingAMissingLogSaysThereIsNoneAndCreatesNothing() async throws {
        let url = try PostgresServer.freshURL()
        let error = await #expect(throws: StanceLogError.self) { try await PostgresEventStore.open(url, migrate: false) }
        #expect(error?.code == .notFound)
        let raw = try await RawSession(url)
        #expect(try await raw.texts("SELECT nspname::text FROM pg_namespace WHERE nspname = '\(url.schema)'").isEmpty)
        await raw.close()
    }

    @Test func theAppRoleCanReadAndAppendWithItsPasswordButNeverChangeAnEvent() async throws {
        let owner = try await PostgresServer.freshStore()
        try await owner.append([SampleEvents.stream("a")])
        let role = "app_\(owner.url.schema)"
        let raw = try await RawSession(owner.url)
        try await raw.execute("CREATE ROLE \(role) LOGIN PASSWORD 'team-secret'")
        for statement in PostgresRoles.grants(to: role, schema: owner.url.schema) {
            try await raw.execute(statement)
        }
        var appURL = owner.url
        appURL.user = role
        let denied = await #expect(throws: StanceLogError.self) {
            try await PostgresEventStore.open(appURL, environment: [:])
        }
        #expect(denied?.hint?.contains("PGPASSWORD") == true)
        let app = try await PostgresEventStore.open(appURL, environment: ["PGPASSWORD": "team-secret"])
        #expect(try await app.append([SampleEvents.stream("b")]).map(\.sequence) == [2])
        #expect(try await app.read(EventQuery()).count == 2)
        let appSession = try await RawSession(appURL, password: "team-secret")
        let schema = owner.url.schema
        #expect(await appSession.sqlState(of: "UPDATE \(schema).events SET party = 'X'") == "42501")
        #expect(await appSession.sqlState(of: "DELETE FROM \(schema).events") == "42501")
        #expect(await appSession.sqlState(of: "TRUNCATE \(schema).events") == "42501")
        #expect(await appSession.sqlState(of: "CREATE TABLE \(schema).extra (id int)") == "42501")
        #expect(await appSession.sqlState(of: "DROP TABLE \(schema).events") == "42501")
        #expect(try await ChainVerifier().verify(app).isIntact)
        await appSession.close()
        await app.close()
        await raw.close()
        await owner.close()
    }
}
