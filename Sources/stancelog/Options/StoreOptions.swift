import ArgumentParser
import Foundation
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
    /// - Throws: ``StanceLogError`` `notFound` when the file is missing or empty and must not be created.
    func openLog(create: Bool = false) throws -> LogDatabase {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int
        if !create && (size ?? 0) == 0 {
            throw StanceLogError(
                .notFound, size == nil ? "no log at \(path)" : "no log at \(path): the file is empty",
                hint: "ingest articles first (`stancelog ingest seeds/`), or pass --db / set STANCELOG_DB")
        }
        return try LogDatabase(path: path)
    }
}
