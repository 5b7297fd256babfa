import Foundation
import Glibc
import GRDB
import StanceLogCore
import StanceLogTesting
import Testing

@testable import StanceLogSQLite

/// Checking a path before opening it must not touch the POSIX locks of a log this process already has
/// open: closing any descriptor of a file drops all of the process's locks on it, so a check that reads
/// the header through a descriptor of its own would leave an open read or write unprotected against
/// another process.
@Suite struct DatabaseFileLockTests {
    /// `F_OFD_GETLK` (Linux): an open-file-description lock query, which sees the process's own
    /// traditional POSIX locks as conflicts, unlike `F_GETLK`.
    private static let getOpenFileDescriptionLock: Int32 = 36

    /// The type of lock that a write lock over the whole file would conflict with, as seen through `descriptor`.
    private func conflictingLock(through descriptor: Int32) -> Int32 {
        var query = flock()
        query.l_type = Int16(F_WRLCK)
        query.l_whence = Int16(SEEK_SET)
        query.l_start = 0
        query.l_len = 0
        guard fcntl(descriptor, Self.getOpenFileDescriptionLock, &query) == 0 else { return -1 }
        return Int32(query.l_type)
    }

    @Test func checkingALogThisProcessReadsKeepsTheReadersLock() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("log.sqlite").path
        _ = try SQLiteEventStore(path: path)
        let reader = try DatabaseQueue(path: path)
        let probe = open(path, O_RDONLY)
        try #require(probe >= 0)
        defer { close(probe) }
        try reader.read { db in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM events")
            #expect(conflictingLock(through: probe) == Int32(F_RDLCK), "the open read holds SQLite's shared lock")
            try DatabaseFile.requireUsable(path, scope: .events)
            #expect(conflictingLock(through: probe) == Int32(F_RDLCK), "the check dropped the reader's lock")
        }
    }

    @Test(arguments: [1, 15])
    func aFileShorterThanTheSQLiteHeaderIsNotADatabase(size: Int) throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("short.sqlite").path
        let content = Data(repeating: 0x0A, count: size)
        try content.write(to: URL(fileURLWithPath: path))
        #expect {
            try DatabaseFile.requireUsable(path, scope: .events)
        } throws: { error in
            (error as? StanceLogError)?.message.contains("not an SQLite file") == true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }
}
