import Foundation
import Testing

@testable import StanceLogSQLite

/// Issue 14, finding 9 (the part done): when SQLite cannot open a log because it may not write beside it, the
/// error says so instead of suggesting the file is damaged.
@Suite struct ReadOnlyFolderTests {
    @Test func aFolderThisUserMayNotWriteInIsNamedAsTheReason() throws {
        let reason = try #require(DatabaseFile.readOnlyReason("/proc/sys/kernel/log.sqlite"))
        #expect(reason.contains("may not write in /proc/sys/kernel"))
        #expect(reason.contains("/proc/sys/kernel/log.sqlite-wal and -shm"))
    }

    @Test func aWritableFolderIsNoReason() throws {
        #expect(DatabaseFile.readOnlyReason(FileManager.default.temporaryDirectory.appendingPathComponent("log.sqlite").path) == nil)
    }
}
