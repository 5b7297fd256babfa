import ArgumentParser
import Foundation
import Glibc
import StanceLogCore
import StanceLogPostgres
import StanceLogSQLite

/// `--db PATH|URL`, shared by every command that reads or writes the log.
///
/// A `postgres://` or `postgresql://` URL names a team log on a PostgreSQL
/// server: commands that write append there; commands that read first pull the
/// server's new events into this machine's SQLite mirror
/// (``PostgresURL/mirrorPath(environment:)``) and answer from it.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite log file, or a postgres:// URL of a team log (default: $STANCELOG_DB, else stancelog.sqlite in the current folder).",
            valueName: "path|url"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["STANCELOG_DB"] ?? "stancelog.sqlite"
    }

    /// The server URL when the log is a team log on PostgreSQL, nil for an SQLite file.
    func serverURL() throws -> PostgresURL? {
        guard PostgresURL.isPostgresURL(path) else { return nil }
        return try PostgresURL(parsing: path, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the log's event store, creating the log when `create` is true.
    ///
    /// - Throws: ``StanceLogError`` `notFound` when the log is missing and must not be created.
    func open(create: Bool = false) async throws -> any EventStore {
        if let url = try serverURL() { return try await PostgresEventStore.open(url, migrate: create) }
        return try openFile(create: create).store
    }

    /// Opens the log for commands that also use its projections: the file itself,
    /// or for a server log its local mirror, brought up to date first.
    ///
    /// A database whose event or projection tables a newer stancelog migrated is
    /// refused before anything is written to it, by every command.
    ///
    /// - Throws: ``StanceLogError`` `notFound` when the log is missing or empty and must not be created;
    ///   `notALog` when the path is a FIFO, device, socket or folder (opening one could block forever);
    ///   `chainBroken` when the server's history disagrees with the mirror.
    func openLog(create: Bool = false) async throws -> LogDatabase {
        guard let url = try serverURL() else { return try openFile(create: create) }
        let server = try await PostgresEventStore.open(url, migrate: create)
        let mirror = try openMirror(of: url)
        do {
            try await LogMirror(source: server, mirror: mirror.store).pull()
        } catch {
            await server.close()
            throw error
        }
        await server.close()
        return mirror
    }

    /// Opens the log for a command that only reads it: an SQLite file read-only, never migrated and never
    /// written (``LogDatabase/reading(path:)``; its note, when it had to catch up in memory, goes to standard
    /// error); a server log through its local mirror, brought up to date first, as ``openLog(create:)``.
    ///
    /// - Throws: as ``openLog(create:)``.
    func openForReading() async throws -> LogDatabase {
        guard try serverURL() == nil else { return try await openLog() }
        try requireExistingFile()
        let log = try await LogDatabase.reading(path: path)
        if let note = log.readingNote { printError(note) }
        return log
    }

    /// The event store of the log for a command that only reads events: the server's, or the SQLite file's
    /// opened read-only (``openForReading()``).
    ///
    /// - Throws: as ``openLog(create:)``.
    func openEventsForReading() async throws -> any EventStore {
        if let url = try serverURL() { return try await PostgresEventStore.open(url, migrate: false) }
        return try await openForReading().store
    }

    /// Folds what a write command appended through `log` into the projections of an SQLite log, so that the
    /// read commands, which open the file read-only, find them current; a server log's mirror catches up when read.
    ///
    /// It folds through the connection the command wrote with: a second connection opened here while other
    /// processes create the same file can fail with a disk I/O error.
    ///
    /// - Throws: ``StanceLogError`` `storage` when the projection tables cannot be written.
    func catchUpProjections(of log: any EventStore) async throws {
        guard let file = log as? SQLiteEventStore else { return }
        try await ProjectionEngine(store: file).catchUp()
    }

    /// The local mirror of the server log at `url`, created when missing.
    func openMirror(of url: PostgresURL) throws -> LogDatabase {
        let path = url.mirrorPath(environment: ProcessInfo.processInfo.environment)
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StanceLogError(
                .storage, "cannot create the mirror folder \(folder): \(error.localizedDescription)",
                hint: "set XDG_CACHE_HOME to a folder you can write")
        }
        return try LogDatabase(path: path)
    }

    private func openFile(create: Bool) throws -> LogDatabase {
        if !create { try requireExistingFile() } else { try refuseNonRegularFile() }
        return try LogDatabase(path: path)
    }

    /// Refuses a path that is not a regular file, is missing or is empty.
    private func requireExistingFile() throws {
        try refuseNonRegularFile()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int
        if (size ?? 0) == 0 {
            throw StanceLogError(
                .notFound, size == nil ? "no log at \(path)" : "no log at \(path): the file is empty",
                hint: "ingest articles first (`stancelog ingest seeds/`), or pass --db / set STANCELOG_DB")
        }
    }

    /// The log `import` loads into, opened before the file is read when it exists and is not empty, so that a
    /// foreign, newer or non-empty database is refused first; nil when it is missing or empty (it is created only
    /// once the file verified). A server log is opened only once the file verified; its store refuses to import
    /// into a non-empty log.
    ///
    /// - Throws: as ``openLog(create:)``.
    func openExistingForImport() throws -> (any EventStore)? {
        guard try serverURL() == nil else { return nil }
        try refuseNonRegularFile()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int
        guard (size ?? 0) > 0 else { return nil }
        return try openFile(create: false).store
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
