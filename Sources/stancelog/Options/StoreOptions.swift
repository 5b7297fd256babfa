import ArgumentParser
import Foundation
import Glibc
import StanceLogCore
import StanceLogSQLite

/// `--db PATH`, shared by every command that reads or writes the log.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite log file (default: $STANCELOG_DB, else stancelog.sqlite in the current folder).",
            valueName: "path"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["STANCELOG_DB"] ?? "stancelog.sqlite"
    }

    /// Opens the log's event store, creating the log when `create` is true.
    ///
    /// - Throws: ``StanceLogError`` `notFound` when the file is missing and must not be created.
    func open(create: Bool = false) throws -> any EventStore {
        try openLog(create: create).store
    }

    /// Opens the log file, for commands that also use its projections.
    ///
    /// A database whose event or projection tables a newer stancelog migrated is
    /// refused before anything is written to it, by every command.
    ///
    /// - Throws: ``StanceLogError`` `notFound` when the file is missing or empty and must not be created,
    ///   `notALog` when the path is a FIFO, device, socket or folder (opening one could block forever).
    func openLog(create: Bool = false) throws -> LogDatabase {
        try refuseNonRegularFile()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int
        if !create && (size ?? 0) == 0 {
            throw StanceLogError(
                .notFound, size == nil ? "no log at \(path)" : "no log at \(path): the file is empty",
                hint: "ingest articles first (`stancelog ingest seeds/`), or pass --db / set STANCELOG_DB")
        }
        return try LogDatabase(path: path)
    }

    /// The log `import` loads into, opened before the file is read when it exists and is not empty, so that a
    /// foreign, newer or non-empty database is refused first; nil when it is missing or empty (it is created only
    /// once the file verified).
    ///
    /// - Throws: as ``openLog(create:)``.
    func openExistingForImport() throws -> (any EventStore)? {
        try refuseNonRegularFile()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int
        guard (size ?? 0) > 0 else { return nil }
        return try openLog().store
    }

    private func refuseNonRegularFile() throws {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: kind = "a folder"
        case S_IFIFO: kind = "a FIFO"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "not a regular file"
        }
        throw StanceLogError(
            .notALog, "\(path) is \(kind), not a stancelog database; it was not opened",
            hint: "pass --db the path of a log file, or of a new file to create")
    }
}
