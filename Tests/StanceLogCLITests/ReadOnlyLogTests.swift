import Foundation
import StanceLogTesting
import Testing

/// Issue 14, finding 9: read commands open the log read-only, never migrate or write it, and leave no `-wal`
/// or `-shm` file behind, in a read-only folder, for a user who may not write the log, and on a log whose
/// projections lag behind its events (caught up in memory, with a note saying so).
@Suite struct ReadOnlyLogTests {
    /// Every read command, with the arguments it needs; `out` is a writable folder for `--out`.
    private static func readCommands(out: URL) -> [[String]] {
        [
            ["state"], ["state", "--format", "json"], ["timeline"], ["diff", "2023", "2025", "--format", "csv"],
            ["log"], ["articles"], ["search", "Nato"], ["parties"], ["topics"], ["head"], ["verify"], ["export"],
            ["export", "--out", out.appendingPathComponent("export.jsonl").path],
            ["report", "--out", out.appendingPathComponent("report.html").path],
        ]
    }

    /// A log of the seeds, alone in the folder `name` under the runner's folder.
    private func seedLog(_ cli: CommandRunner, in name: String) throws -> URL {
        let folder = cli.folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let log = folder.appendingPathComponent("log.sqlite")
        let ingest = try cli.run(["ingest", Fixtures.seedsDirectory.path, "--db", log.path])
        #expect(ingest.status == 0, "\(ingest.error)")
        try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["log.sqlite"])
        return log
    }

    private func setPermissions(_ mode: Int, _ url: URL) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
    }

    @Test func readCommandsInAReadOnlyFolderLeaveTheFileAndFolderAsTheyWere() throws {
        let cli = try CommandRunner()
        let log = try seedLog(cli, in: "ro")
        let folder = log.deletingLastPathComponent()
        let before = try Data(contentsOf: log)
        try setPermissions(0o444, log)
        try setPermissions(0o555, folder)
        defer {
            try? setPermissions(0o755, folder)
            try? setPermissions(0o644, log)
        }
        for command in Self.readCommands(out: cli.folder) {
            let result = try cli.run(command + ["--db", log.path])
            #expect(result.status == 0, "\(command): \(result.error)")
            #expect(!result.error.contains("note:"), "\(command): \(result.error)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["log.sqlite"], "\(command)")
        }
        #expect(try Data(contentsOf: log) == before)
    }

    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anotherUserWhoMayOnlyReadTheLogGetsTheSameAnswersAndLeavesNoFiles() throws {
        let cli = try CommandRunner()
        let log = try seedLog(cli, in: "shared")
        let folder = log.deletingLastPathComponent()
        let out = cli.folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try setPermissions(0o777, out)
        try setPermissions(0o755, cli.folder)
        try setPermissions(0o644, log)
        let before = try Data(contentsOf: log)
        for (command, asOwner) in zip(Self.readCommands(out: out), Self.readCommands(out: cli.folder)) {
            let owner = try cli.run(asOwner + ["--db", log.path])
            let other = try cli.run(
                command + ["--db", log.path], environment: ["TMPDIR": out.path],
                executable: URL(fileURLWithPath: "/usr/bin/setpriv"),
                prefix: ["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.executable.path])
            #expect(other.status == 0, "\(command): \(other.error)")
            if !command.contains("--out") && command != ["verify"] { #expect(other.output == owner.output, "\(command)") }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["log.sqlite"], "\(command)")
        }
        #expect(try Data(contentsOf: log) == before)
    }

    @Test func aLogWhoseProjectionsLagIsCaughtUpInMemoryAndLeftUnchanged() throws {
        let cli = try CommandRunner()
        let log = try seedLog(cli, in: "current")
        let lagging = cli.folder.appendingPathComponent("lagging.sqlite")
        try FileManager.default.copyItem(at: log, to: lagging)
        let drop = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('events', 'grdb_migrations') AND name NOT LIKE 'sqlite%'").fetchall():
                db.execute(f"DROP TABLE {name}")
            db.execute("DELETE FROM grdb_migrations WHERE identifier LIKE '%-projection-%'")
            db.commit()
            db.close()
            """
        let dropped = try cli.run([lagging.path], executable: URL(fileURLWithPath: "/usr/bin/python3"), prefix: ["-c", drop])
        try #require(dropped.status == 0, "\(dropped.error)")
        let before = try Data(contentsOf: lagging)
        for query in [["state", "--at", "2025", "--format", "json"], ["timeline", "--format", "csv"], ["articles"]] {
            let expected = try cli.run(query + ["--db", log.path])
            let answered = try cli.run(query + ["--db", lagging.path])
            #expect(answered.status == 0, "\(query): \(answered.error)")
            #expect(answered.output == expected.output, "\(query)")
            #expect(answered.error.contains("note: \(lagging.path) has projection tables"), "\(answered.error)")
            #expect(answered.error.contains("left the file unchanged"))
        }
        #expect(try Data(contentsOf: lagging) == before)
        #expect(!FileManager.default.fileExists(atPath: lagging.path + "-wal"))
        #expect(try cli.run(["replay", "--db", lagging.path]).status == 0)
        let stored = try cli.run(["state", "--at", "2025", "--db", lagging.path])
        #expect(stored.status == 0 && !stored.error.contains("note:"), "\(stored.error)")
    }
}
