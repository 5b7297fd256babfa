import Foundation
import Glibc
import GRDB
import StanceLogCore

/// Looks at a database path before SQLite opens it for writing.
///
/// Opening a file as a WAL database pool already writes to it (the journal
/// mode lives in the file header), so a file that is not a stancelog log must
/// be recognised first: by its header, then through a read-only connection.
enum DatabaseFile {
    /// The 16 bytes every SQLite 3 database file starts with.
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
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw StanceLogError(.storage, "cannot read the database \(path)", hint: "check the file's permissions")
        }
        let header = [UInt8](file.readData(ofLength: sqliteHeader.count))
        try? file.close()
        guard !header.isEmpty else { return }
        guard header == sqliteHeader else {
            throw StanceLogError(
                .notALog, "\(path) is not a stancelog database: it is not an SQLite file",
                hint: "pass a stancelog log or a new file name with --db; stancelog left this file unchanged")
        }
        do {
            try BusyRetry.standard.run(on: path) {
                try ReadOnlyConnection.open(path).read { db in
                    try LogSchema.requireCompatible(MigrationLedger(db, path: path), scope: scope)
                }
            }
        } catch let error as DatabaseError {
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
