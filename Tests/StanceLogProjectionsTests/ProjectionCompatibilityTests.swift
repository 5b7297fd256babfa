import Foundation
import GRDB
import StanceLogCore
import StanceLogTimeline
import StanceLogSQLite
import StanceLogTesting
import Testing

/// The projection engine refuses projection tables a newer stancelog migrated, before creating or folding anything.
@Suite struct ProjectionCompatibilityTests {
    @Test func projectionTablesANewerStancelogMigratedAreRefusedBeforeAnythingIsWritten() async throws {
        let store = try SQLiteEventStore.inMemory()
        try await store.append([SampleEvents.stream("a", statements: [SampleEvents.statement(in: "a")])])
        try await store.database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-projection-stance-map')")
        }
        let error = try #require(throws: StanceLogError.self) { try ProjectionEngine(store: store) }
        #expect(error.code == .newerVersion)
        #expect(error.message.contains("its projection tables have migrations this stancelog does not know (v9-projection-stance-map)"))
        let checkpoints = try await store.database.read { db in try db.tableExists("projection_checkpoints") }
        #expect(!checkpoints, "the engine created its tables in a newer database")
    }

    @Test func aFileWhoseProjectionTablesANewerStancelogMigratedIsRefusedUnchanged() async throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("log.sqlite").path
        do {
            let store = try SQLiteEventStore(path: path)
            try await store.append([SampleEvents.stream("a")])
            try await ProjectionEngine(store: store).catchUp()
            try await store.database.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-projection-stance-map')")
            }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: StanceLogError.self) { try LogDatabase.requireCompatible(databaseAt: path) }
        #expect(error.code == .newerVersion)
        #expect(error.message.hasPrefix("\(path) was created by a newer stancelog"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func anEngineWithFewerProjectionsDoesNotTakeTheOthersForNewer() async throws {
        let store = try SQLiteEventStore.inMemory()
        _ = try ProjectionEngine(store: store)
        _ = try ProjectionEngine(database: store.database, projections: [StanceTimelineProjection()])
    }
}
