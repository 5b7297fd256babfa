import Foundation
import GRDB
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import Testing

/// Issue 14, finding 11: the wait for a stalled writer is bounded in time, and storage errors name the file.
@Suite struct StalledWriterTests {
    @Test func noAttemptStartsAfterTheMaximumWait() throws {
        let bounded = BusyRetry(attempts: 1_000, firstDelay: 0.001, maximumDelay: 0.001, maximumWait: 0)
        var calls = 0
        #expect {
            try bounded.run(on: "log.sqlite") { () throws -> Int in
                calls += 1
                throw DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked")
            }
        } throws: { error in
            let error = error as? StanceLogError
            return error?.message.contains("the database log.sqlite stayed busy through 1 attempts") == true
                && error?.hint?.contains("may be stopped or stalled") == true && error?.hint?.contains("fuser log.sqlite") == true
        }
        #expect(calls == 1)
    }

    @Test func theStandardRetryIsBoundedInTime() {
        #expect(BusyRetry.standard.maximumWait == 45)
    }

    @Test func aStorageErrorDuringAnAppendNamesTheFile() async throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("named.sqlite").path
        let store = try SQLiteEventStore(path: path)
        try await store.append([SampleEvents.stream("a")])
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TRIGGER events_are_append_only_update; CREATE TRIGGER refuse BEFORE INSERT ON events BEGIN SELECT RAISE(FAIL, 'disk is stuck'); END")
        }
        await #expect {
            try await store.append([SampleEvents.stream("b")])
        } throws: { error in
            (error as? StanceLogError)?.code == .storage && "\(error)".contains("the database \(path) refused the operation")
        }
    }
}
