import Foundation
import GRDB
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import Testing

@Suite struct BusyRetryTests {
    private let quick = BusyRetry(attempts: 4, firstDelay: 0.001, maximumDelay: 0.004)

    @Test func aBusyOperationRunsAgainUntilItSucceeds() throws {
        var calls = 0
        let value = try quick.run(on: "log.sqlite") { () throws -> Int in
            calls += 1
            if calls < 3 { throw DatabaseError(resultCode: calls == 1 ? .SQLITE_BUSY : .SQLITE_LOCKED) }
            return 42
        }
        #expect(value == 42)
        #expect(calls == 3)
    }

    @Test func aDatabaseThatStaysBusyGivesUpAfterTheBoundNamingTheFile() async throws {
        var calls = 0
        await #expect {
            try await quick.run(on: "log.sqlite") { () async throws -> Int in
                calls += 1
                throw DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked")
            }
        } throws: { error in
            let error = error as? StanceLogError
            return error?.code == .storage && error?.message.contains("log.sqlite stayed busy through 4 attempts") == true
                && error?.hint?.contains("another process") == true
        }
        #expect(calls == 4)
    }

    @Test func otherErrorsAreNotRetried() throws {
        var calls = 0
        #expect(throws: DatabaseError.self) {
            try quick.run { () throws -> Int in
                calls += 1
                throw DatabaseError(resultCode: .SQLITE_CONSTRAINT)
            }
        }
        #expect(calls == 1)
    }
}
