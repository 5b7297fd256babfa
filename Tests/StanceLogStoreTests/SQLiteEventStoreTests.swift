import Foundation
import GRDB
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import Testing

@Suite struct SQLiteEventStoreTests {
    private func seededStore() async throws -> (SQLiteEventStore, String) {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("log.sqlite").path
        let store = try SQLiteEventStore(path: path)
        try await store.append([
            SampleEvents.stream("a", statements: [SampleEvents.statement(in: "a", party: "US", stance: -1)]),
            SampleEvents.stream("b", statements: [SampleEvents.statement(in: "b", party: "RU", stance: 2)]),
        ])
        return (store, path)
    }

    @Test func aFileLogRunsInWALMode() async throws {
        let (store, _) = try await seededStore()
        let mode = try await store.database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test(arguments: [
        "UPDATE events SET party = 'UA' WHERE seq = 2",
        "UPDATE events SET payload = payload WHERE seq = 1",
        "DELETE FROM events WHERE seq = 4",
        "DELETE FROM events",
    ])
    func rawSQLCannotUpdateOrDeleteEvents(sql: String) async throws {
        let (store, _) = try await seededStore()
        await #expect {
            try await store.database.write { db in try db.execute(sql: sql) }
        } throws: { error in
            "\(error)".contains("append-only")
        }
        #expect(try await store.lastPosition() == 4)
        #expect(try await ChainVerifier().verify(store).isIntact)
    }

    /// Tampering as an attacker with the sqlite3 shell would: drop the triggers, then edit, delete or reorder rows.
    @Test(arguments: [
        ("UPDATE events SET payload = replace(payload, '\"stance\":2', '\"stance\":1'), stance = 1 WHERE seq = 4", Int64(4)),
        ("UPDATE events SET party = 'UA' WHERE seq = 2", 2),
        ("UPDATE events SET recorded_at = recorded_at + 1 WHERE seq = 3", 3),
        // A hash that happens to start with `ff` (one run in 256: it covers the record time) gets `ee`.
        ("UPDATE events SET hash = (CASE WHEN substr(hash, 1, 2) = 'ff' THEN 'ee' ELSE 'ff' END) || substr(hash, 3) WHERE seq = 1", 1),
        ("DELETE FROM events WHERE seq = 2", 3),
        ("UPDATE events SET stream_version = 3 WHERE seq = 2", 2),
        ("UPDATE events SET seq = 0 WHERE seq = 2; UPDATE events SET seq = 2 WHERE seq = 3; UPDATE events SET seq = 3 WHERE seq = 0", 2),
        ("UPDATE events SET seq = 0 WHERE seq = 1; UPDATE events SET seq = 1 WHERE seq = 4; UPDATE events SET seq = 4 WHERE seq = 0", 1),
    ])
    func changingAnyStoredByteMakesVerifyNameThatEvent(sql: String, firstBad: Int64) async throws {
        let (store, path) = try await seededStore()
        let attacker = try DatabaseQueue(path: path)
        try await attacker.write { db in
            try db.execute(sql: "DROP TRIGGER events_are_append_only_update; DROP TRIGGER events_are_append_only_delete")
            try db.execute(sql: sql)
        }
        let report = try await ChainVerifier().verify(store)
        #expect(report.firstProblem?.sequence == firstBad)
    }

    @Test func theTypedColumnsHoldWhatQueriesNeed() async throws {
        let (store, _) = try await seededStore()
        let row = try store.database.read { db in
            try Row.fetchOne(db, sql: "SELECT party, topic, stance, attribution, valid_date, valid_start, valid_end, statement_id FROM events WHERE seq = 2")
        }
        let columns = try #require(row)
        #expect(columns["party"] == "US")
        #expect(columns["topic"] == "territory")
        #expect(columns["stance"] == -1)
        #expect(columns["attribution"] == "direct")
        #expect(columns["valid_date"] == "2025-02-12")
        #expect(columns["valid_start"] == 20250212)
        #expect(columns["valid_end"] == 20250212)
        #expect((columns["statement_id"] as String?)?.hasPrefix("st-") == true)
    }

    @Test func reopeningTheFileKeepsTheLogAndItsChain() async throws {
        let (_, path) = try await seededStore()
        let reopened = try SQLiteEventStore(path: path)
        #expect(try await reopened.lastPosition() == 4)
        let next = try await reopened.append([SampleEvents.stream("c")])
        #expect(next.first?.sequence == 5)
        #expect(try await ChainVerifier().verify(reopened).isIntact)
    }

    @Test func aFileThatIsNoDatabaseGetsAClearError() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("notes.sqlite").path
        try Data("just some notes, not a database".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try SQLiteEventStore(path: path)
        } throws: { error in
            let error = error as? StanceLogError
            return error?.code == .notALog && error?.message.contains(path) == true
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "just some notes, not a database")
    }
}
