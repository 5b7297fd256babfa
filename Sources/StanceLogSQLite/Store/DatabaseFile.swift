import Foundation
import Glibc
import GRDB
import StanceLogCore

/// Looks at a database path before SQLite opens it for writing.
///
/// Opening a file as a WAL database pool already writes to it (the journal
/// mode lives in the file header), so a file that is not a stancelog log must
/// be recognised first, through a read-only SQLite connection. The file is never
/// opened and closed outside SQLite: closing any descriptor of a file drops every
/// POSIX lock this process holds on it, including those of a log it already has open.
enum DatabaseFile {
    /// The 16 bytes every SQLite 3 database file starts with: a shorter file is not a database.
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Checks that `path` is missing, empty, or a stancelog log whose tables in `scope` this version can use.
    ///
    /// - Throws: ``StanceLogError`` naming the path: `storage` when its folder does
    ///   not exist or it cannot be read; `notALog` for a folder, a file that is not
    ///   SQLite, or someone else's SQLite database; `newerVersion` for a log
    ///   migrated by a newer stancelog.
    static func requireUsable(_ path: String, scope: LogSchema.Scope) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            try requireFolder(of: path)
            return
        }
        guard !isFolder.boolValue else {
            throw StanceLogError(
                .notALog, "\(path) is a folder, not a stancelog database", hint: "pass the path of a file with --db")
        }
        guard access(path, R_OK) == 0 else {
            throw StanceLogError(.storage, "cannot read the database \(path)", hint: "check the file's permissions")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return }
        guard size >= sqliteHeader.count else { throw notSQLite(path) }
        do {
            try BusyRetry.standard.run(on: path) {
                try ReadOnlyConnection.open(path).read { db in
                    try LogSchema.requireCompatible(MigrationLedger(db, path: path), scope: scope)
                }
            }
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw notSQLite(path) }
            if let readOnly = readOnlyReason(path) {
                throw StanceLogError(
                    .storage, "cannot read the database \(path): \(error.message ?? error.description); \(readOnly)",
                    hint: "copy the log to a writable folder and pass the copy with --db; the file itself is not damaged")
            }
            throw StanceLogError(
                .storage, "cannot read the database \(path): \(error.message ?? error.description)",
                hint: "if it is damaged, restore it from an export (`stancelog import`)")
        }
    }

    /// The refusal of a file that SQLite does not recognise as a database.
    private static func notSQLite(_ path: String) -> StanceLogError {
        StanceLogError(
            .notALog, "\(path) is not a stancelog database: it is not an SQLite file",
            hint: "pass a stancelog log or a new file name with --db; stancelog left this file unchanged")
    }

    /// Opens the log at `path` for a read command (``ReadOnlyConnection``), once ``requireUsable(_:scope:)``
    /// accepted it.
    ///
    /// - Throws: ``StanceLogError`` `storage` saying why SQLite cannot open it.
    static func openReader(_ path: String) throws -> DatabaseQueue {
        do {
            return try BusyRetry.standard.run(on: path) { try ReadOnlyConnection.open(path) }
        } catch let error as StanceLogError {
            throw error
        } catch {
            throw cannotOpen(path, error)
        }
    }

    /// Opens the WAL database pool at `path`, once ``requireUsable(_:scope:)`` accepted it.
    ///
    /// - Throws: ``StanceLogError`` `storage` naming the path and its folder when SQLite cannot open it.
    static func openPool(_ path: String, configuration: Configuration) throws -> DatabasePool {
        do {
            return try BusyRetry.standard.run(on: path) { try DatabasePool(path: path, configuration: configuration) }
        } catch let error as StanceLogError {
            throw error
        } catch {
            throw cannotOpen(path, error)
        }
    }

    /// The error for a usable path SQLite still could not open, e.g. in a folder that is not writable.
    private static func cannotOpen(_ path: String, _ error: any Error) -> StanceLogError {
        let reason = (error as? DatabaseError)?.message ?? "\(error)"
        if let readOnly = readOnlyReason(path) {
            return StanceLogError(
                .storage, "cannot open the database \(path): \(reason); \(readOnly)",
                hint: "copy the log to a writable folder and pass the copy with --db; the file itself is not damaged")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return StanceLogError(
            .storage, "cannot open or create the database \(path): \(reason)",
            hint: "check that the folder \(folder) is writable (and the file, if it exists), or pass another --db")
    }

    /// What is true when SQLite cannot open a WAL log because it may not write beside it: the file system is
    /// mounted read-only, or the folder is not writable by this user; nil when neither holds.
    ///
    /// Read commands need no `-wal` or `-shm` file when there is none (``ReadOnlyConnection``); a `-wal` left
    /// by a writer is read through its `-shm`, which must then be readable; write commands must create both.
    static func readOnlyReason(_ path: String) -> String? {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var info = statvfs()
        if statvfs(folder, &info) == 0, info.f_flag & UInt(ST_RDONLY) != 0 {
            return "it is on a read-only file system, where SQLite can neither write it nor use \(path)-wal and -shm "
                + "that it cannot read or create"
        }
        if access(folder, W_OK) != 0 {
            return "this user may not write in \(folder), where SQLite can neither write the log nor use \(path)-wal "
                + "and -shm that it cannot read or create"
        }
        return nil
    }

    private static func requireFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw StanceLogError(
                .storage, "cannot create the database \(path): the folder \(folder) does not exist",
                hint: "create the folder first, or pass another --db")
        }
    }
}
