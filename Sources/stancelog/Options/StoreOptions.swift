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

    /// Opens the log, creating it when `create` is true.
    ///
    /// - Throws: ``StanceLogError`` `notFound` when the file is missing and must not be created.
    func open(create: Bool = false) throws -> any EventStore {
        try openSQLite(create: create)
    }

    /// Opens the SQLite log itself, for commands that also use its projections.
    ///
    /// - Throws: ``StanceLogError`` `notFound` when the file is missing and must not be created.
    func openSQLite(create: Bool = false) throws -> SQLiteEventStore {
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw StanceLogError(
                .notFound, "no log at \(path)",
                hint: "ingest articles first (`stancelog ingest seeds/`), or pass --db / set STANCELOG_DB")
        }
        return try SQLiteEventStore(path: path)
    }
}
