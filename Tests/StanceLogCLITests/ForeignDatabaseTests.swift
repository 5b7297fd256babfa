import Foundation
import GRDB
import StanceLogTesting
import Testing

/// A database stancelog cannot use — missing, someone else's, or from a newer stancelog — gets a
/// clear error naming the file, a non-zero exit, and is left exactly as it was.
@Suite struct ForeignDatabaseTests {
    static let readCommands: [[String]] = [
        ["state", "--at", "2025"], ["timeline"], ["diff", "2023", "2025"], ["log"], ["verify"], ["export"],
        ["report", "--out", "report.html"],
    ]
    static let writeCommands: [[String]] = [
        ["ingest", Fixtures.seedsDirectory.path], ["import", Fixtures.seedsVersionOneLog.path],
    ]
    static let notSQLite: [String: Data] = [
        "text": Data("Moskau lehnt ab.\n".utf8), "newline": Data("\n".utf8), "zeros": Data(count: 4096),
    ]

    /// Runs `arguments` on `file` and checks the refusal: non-zero exit, the message, the file's bytes unchanged.
    private func expectRefused(
        _ arguments: [String], on file: String, in cli: CommandRunner, mentioning expected: [String]
    ) throws {
        let path = cli.folder.appendingPathComponent(file).path
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try cli.run(arguments + ["--db", file])
        #expect(result.status != 0, "\(arguments) should fail")
        for fragment in [file] + expected {
            #expect(result.error.contains(fragment), "\(arguments): '\(fragment)' not in: \(result.error)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(arguments) changed \(file)")
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(wal == 0, "\(arguments) wrote to \(file)-wal")
    }

    @Test(arguments: readCommands)
    func aReadCommandOnAMissingDatabaseCreatesNothing(command: [String]) throws {
        let cli = try CommandRunner()
        let result = try cli.run(command + ["--db", "missing.sqlite"])
        #expect(result.status != 0)
        #expect(result.error.contains("no log at missing.sqlite"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("missing.sqlite").path))
    }

    @Test(arguments: notSQLite.keys.sorted(), writeCommands + readCommands)
    func aFileThatIsNotSQLiteIsRefusedUnchanged(kind: String, command: [String]) throws {
        let cli = try CommandRunner()
        try #require(Self.notSQLite[kind]).write(to: cli.folder.appendingPathComponent("notes.txt"))
        try expectRefused(command, on: "notes.txt", in: cli, mentioning: ["is not a stancelog database", "not an SQLite file"])
    }

    @Test(arguments: writeCommands + readCommands)
    func someoneElsesSQLiteDatabaseIsRefusedUnchanged(command: [String]) throws {
        let cli = try CommandRunner()
        let path = cli.folder.appendingPathComponent("notes.db").path
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x')")
        }
        try expectRefused(command, on: "notes.db", in: cli, mentioning: ["not a stancelog log", "notes"])
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables == ["notes"])
    }

    @Test(
        arguments: [("v9-events-new-column", "event tables"), ("v9-projection-new-view", "projection tables")],
        [writeCommands[0]] + readCommands)
    func aDatabaseANewerStancelogMigratedIsRefusedUnchanged(migration: (String, String), command: [String]) throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path, "--db", "newer.sqlite"]).status == 0)
        #expect(try cli.run(["state", "--at", "2025", "--db", "newer.sqlite"]).status == 0)
        try DatabaseQueue(path: cli.folder.appendingPathComponent("newer.sqlite").path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.0])
        }
        try expectRefused(
            command, on: "newer.sqlite", in: cli,
            mentioning: ["was created by a newer stancelog", "its \(migration.1)", migration.0, "upgrade stancelog"])
    }

    @Test func aWriteIntoAMissingFolderNamesTheFolderAndCreatesNothing() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["ingest", Fixtures.seedsDirectory.path, "--db", "nowhere/log.sqlite"])
        #expect(result.status != 0)
        #expect(result.error.contains("cannot create the database nowhere/log.sqlite"), "\(result.error)")
        #expect(result.error.contains("nowhere does not exist"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("nowhere").path))
    }

    /// Tests run as root, for whom no permission bits make a folder read-only; no one may create files in /proc.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self")))
    func aWriteIntoAFolderNoOneCanWriteToNamesThePath() throws {
        let cli = try CommandRunner()
        let path = "/proc/stancelog-\(UUID().uuidString).sqlite"
        let result = try cli.run(["ingest", Fixtures.seedsDirectory.path, "--db", path])
        #expect(result.status != 0)
        #expect(result.error.contains("cannot open or create the database \(path)"), "\(result.error)")
        #expect(result.error.contains("check that the folder /proc is writable"), "\(result.error)")
    }

    /// The permission-bit variant, for when the tests do not run as root.
    @Test(.enabled(if: geteuid() != 0))
    func aWriteIntoAReadOnlyFolderNamesThePath() throws {
        let cli = try CommandRunner()
        let folder = cli.folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let result = try cli.run(["ingest", Fixtures.seedsDirectory.path, "--db", "locked/log.sqlite"])
        #expect(result.status != 0)
        #expect(result.error.contains("cannot open or create the database locked/log.sqlite"), "\(result.error)")
    }

    @Test func anExportFromANewerStancelogIsRefusedNamingTheLineAndCreatesNothing() throws {
        let cli = try CommandRunner()
        var lines = try String(contentsOf: Fixtures.seedsVersionOneLog, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines[2].hasPrefix(#"{"seq":3,"type":"ArticleIngested","#))
        lines[2] = lines[2].replacingOccurrences(of: #""schemaVersion":1"#, with: #""schemaVersion":7"#)
        let newer = lines.joined(separator: "\n")
        try newer.write(to: cli.folder.appendingPathComponent("newer.jsonl"), atomically: true, encoding: .utf8)
        let result = try cli.run(["import", "newer.jsonl", "--db", "imported.sqlite"])
        #expect(result.status != 0)
        #expect(
            result.error.contains("newer.jsonl: line 3: ArticleIngested schema version 7 was written by a newer stancelog"),
            "\(result.error)")
        #expect(result.error.contains("upgrade stancelog"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("imported.sqlite").path))
    }

    @Test func aReadCommandOnAnEmptyFileSaysThereIsNoLogAndLeavesItEmpty() throws {
        let cli = try CommandRunner()
        let path = cli.folder.appendingPathComponent("empty.sqlite")
        try Data().write(to: path)
        let result = try cli.run(["log", "--db", "empty.sqlite"])
        #expect(result.status != 0)
        #expect(result.error.contains("no log at empty.sqlite: the file is empty"), "\(result.error)")
        #expect(try Data(contentsOf: path).isEmpty)
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path, "--db", "empty.sqlite"]).status == 0)
    }
}
