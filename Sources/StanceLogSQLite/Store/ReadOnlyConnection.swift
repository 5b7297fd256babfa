import Foundation
import Glibc
import GRDB

/// The connection a read command reads a log through: SQLite refuses every write on it, and it leaves no
/// `-wal` or `-shm` file behind that was not there before (issue 14, finding 9).
///
/// A WAL log is read through its `-wal` and `-shm` files, and SQLite's `mode=ro` creates them when they are
/// missing and then leaves them, owned by the reader. So the connection depends on who reads:
/// - a user who may write the file and its folder (on a writable file system) opens it as a writer does but
///   with `PRAGMA query_only`: SQLite refuses any change, and removes the `-wal` and `-shm` it made when the
///   connection closes, as after any write command;
/// - any other user (another account, a read-only folder or mount) opens it with `mode=ro`, adding
///   `immutable=1` when there is no `-wal` file: then nothing waits in a WAL, this user could not create one,
///   and SQLite needs neither file. With a `-wal` present, SQLite reads it through the existing `-shm`.
///   A log read as immutable while its owner writes to it at the same moment may answer from the older
///   state or fail; running the read command again reads the new state.
enum ReadOnlyConnection {
    /// Opens the log at `path` for reading only, with the rule functions the queries use installed.
    ///
    /// - Throws: GRDB's `DatabaseError` when SQLite cannot open it (``DatabaseFile`` turns it into a
    ///   ``StanceLogCore/StanceLogError`` that says why).
    static func open(_ path: String, configuration base: Configuration = Configuration()) throws -> DatabaseQueue {
        var configuration = base
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in RuleFunctions.install(in: db) }
        if mayWrite(beside: path) {
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = ON") }
            return try DatabaseQueue(path: path, configuration: configuration)
        }
        configuration.readonly = true
        let hasWAL = FileManager.default.fileExists(atPath: path + "-wal")
        return try DatabaseQueue(path: uri(path, immutable: !hasWAL), configuration: configuration)
    }

    /// True when this user may write the file at `path` and its folder, on a file system mounted read-write.
    static func mayWrite(beside path: String) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var info = statvfs()
        if statvfs(folder, &info) == 0, info.f_flag & UInt(ST_RDONLY) != 0 { return false }
        return access(folder, W_OK) == 0 && access(path, W_OK) == 0
    }

    /// The SQLite URI that opens `path` read-only (`mode=ro`), and as immutable when asked.
    static func uri(_ path: String, immutable: Bool) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
        return "file:\(escaped)?mode=ro" + (immutable ? "&immutable=1" : "")
    }
}
