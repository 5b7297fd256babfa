import Foundation
import GRDB
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import Testing

/// The event store opens only what it can use: an empty file or a log whose event tables it knows.
@Suite struct StoreCompatibilityTests {
    /// A file log with one article, closed again.
    private func closedLog() async throws -> String {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("log.sqlite").path
        try await SQLiteEventStore(path: path).append([SampleEvents.stream("a")])
        return path
    }

    private func addMigration(_ identifier: String, to path: String) throws {
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
        }
    }

    @Test func aLogWhoseEventTablesANewerStancelogMigratedIsRefusedWithTheFileUnchanged() async throws {
        let path = try await closedLog()
        try addMigration("v2-events-language", to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: StanceLogError.self) { try SQLiteEventStore(path: path) }
        #expect(error.code == .newerVersion)
        #expect(error.message.hasPrefix("\(path) was created by a newer stancelog"))
        #expect(error.message.contains("(v2-events-language)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func projectionMigrationsAreLeftToTheProjectionEngine() async throws {
        let path = try await closedLog()
        try addMigration("v9-projection-something-new", to: path)
        let store = try SQLiteEventStore(path: path)
        #expect(try await store.lastPosition() == 1)
    }

    @Test func aConnectionToSomeoneElsesDatabaseIsRefusedAndGetsNoTables() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY)") }
        let error = try #require(throws: StanceLogError.self) { try SQLiteEventStore(database: queue) }
        #expect(error.code == .notALog)
        #expect(error.message.contains("it has the tables notes and no stancelog events"))
        let tables = try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        #expect(tables == ["notes"])
    }

    @Test func anEmptyFileBecomesALog() async throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try SQLiteEventStore(path: path)
        try await store.append([SampleEvents.stream("a")])
        #expect(try await store.lastPosition() == 1)
    }

    @Test func aVersionOneEventReadBackFromTheStoreDecodesAsCurrent() async throws {
        let store = try SQLiteEventStore.inMemory()
        let lines = try String(contentsOf: Fixtures.seedsVersionOneLog, encoding: .utf8).split(separator: "\n")
        try await store.importRecorded(
            lines.enumerated().map { try JSONLinesExchange.event(fromLine: $1, lineNumber: $0 + 1) })
        let articles = try await store.read(EventQuery(types: [.articleIngested]))
        #expect(articles.count == 5)
        for article in articles {
            #expect(article.schemaVersion == 1)
            guard case .articleIngested(let ingested) = try article.decoded() else {
                Issue.record("seq \(article.sequence) is not an article")
                continue
            }
            #expect(ingested.language == "de")
        }
        #expect(try await ChainVerifier().verify(store).isIntact)
    }
}
