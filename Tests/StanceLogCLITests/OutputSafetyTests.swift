import Foundation
import StanceLogTesting
import Testing

/// Issue 14, findings 2 and 8: `--out` never replaces the log or anything but a regular file, and every write
/// error fails the command with a message instead of a crash or a silent exit 0.
@Suite(.serialized) struct OutputSafetyTests {
    private func seeded() throws -> CommandRunner {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        return cli
    }

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test(arguments: [["report"], ["export"]])
    func theOpenDatabaseIsRefusedByIdentityUnderAnyName(command: [String]) throws {
        let cli = try seeded()
        let before = try #require(bytes(cli.database))
        let folder = cli.folder.path
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.sqlite", withDestinationPath: cli.database)
        #expect(link(cli.database, folder + "/hard.html") == 0)
        for out in ["stancelog.sqlite", cli.database, "./stancelog.sqlite", "link.sqlite", "hard.html"] {
            let result = try cli.run(command + ["--out", out])
            #expect(result.status != 0, "\(command) --out \(out)")
            #expect(result.error.contains("--out \(out)") && result.error.contains("nothing was written"), "\(result.error)")
        }
        #expect(bytes(cli.database) == before)
        #expect(try cli.run(["verify"]).status == 0)
    }

    @Test func anotherSQLiteDatabaseIsRefusedToo() throws {
        let cli = try seeded()
        try FileManager.default.copyItem(atPath: cli.database, toPath: cli.folder.path + "/other.sqlite")
        let result = try cli.run(["export", "--out", "other.sqlite"])
        #expect(result.status != 0)
        #expect(result.error.contains("is an SQLite database"))
    }

    @Test func foldersFIFOsDevicesAndLinksToThemAreRefusedAndLeftAsTheyWere() throws {
        let cli = try seeded()
        let folder = cli.folder.path
        try FileManager.default.createDirectory(atPath: folder + "/dir", withIntermediateDirectories: false)
        #expect(mkfifo(folder + "/pipe", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/full-link", withDestinationPath: "/dev/full")
        try FileManager.default.createSymbolicLink(atPath: folder + "/pipe-link", withDestinationPath: folder + "/pipe")
        let cases = [
            ("dir", "is a folder"), ("pipe", "is a FIFO"), ("/dev/full", "is a device"), ("/dev/null", "is a device"),
            ("full-link", "is a symbolic link to a device"), ("pipe-link", "is a symbolic link to a FIFO"),
        ]
        for (out, reason) in cases {
            for command in [["report"], ["export"]] {
                let result = try cli.run(command + ["--out", out])
                #expect(result.status != 0, "\(command) --out \(out)")
                #expect(result.error.contains(reason), "\(command) --out \(out): \(result.error)")
            }
        }
        var info = stat()
        #expect(lstat("/dev/full", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
        #expect(lstat(folder + "/pipe", &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        #expect(lstat(folder + "/full-link", &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK)
    }

    @Test func aReadOnlyFileIsRefusedUnchanged() throws {
        let cli = try seeded()
        let path = cli.folder.path + "/locked.html"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o444) == 0)
        let result = try cli.run(["report", "--out", "locked.html"])
        #expect(result.status != 0)
        #expect(result.error.contains("is read-only"))
        #expect(bytes(path) == Data("keep me".utf8))
    }

    @Test func aLinkToARegularFileStaysALinkAndItsTargetIsReplacedWhole() throws {
        let cli = try seeded()
        let folder = cli.folder.path
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/real.jsonl"))
        #expect(chmod(folder + "/real.jsonl", 0o640) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/alias.jsonl", withDestinationPath: folder + "/real.jsonl")
        let result = try cli.run(["export", "--out", "alias.jsonl"])
        #expect(result.status == 0, "\(result.error)")
        let written = try String(contentsOfFile: folder + "/real.jsonl", encoding: .utf8)
        #expect(written == (try cli.run(["export"])).output)
        var info = stat()
        #expect(lstat(folder + "/alias.jsonl", &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK)
        #expect(stat(folder + "/real.jsonl", &info) == 0 && info.st_mode & 0o777 == 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    /// Runs `stancelog arguments` with standard output on `/dev/full`.
    private func runIntoFullDevice(_ cli: CommandRunner, _ arguments: [String]) throws -> (Process, String) {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = cli.folder
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "STANCELOG_DB" }
        process.standardOutput = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let error = Pipe()
        process.standardError = error
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process, message)
    }

    @Test(arguments: [["export"], ["log"], ["log", "--format", "json"], ["state", "--at", "2025-12"], ["timeline"], ["verify"]])
    func aFullStandardOutputFailsTheCommandWithAMessage(command: [String]) throws {
        let cli = try seeded()
        let (process, message) = try runIntoFullDevice(cli, command)
        #expect(process.terminationReason == .exit, "\(command) was killed by signal \(process.terminationStatus)")
        #expect(process.terminationStatus != 0, "\(command)")
        #expect(message.contains("cannot write to standard output: No space left on device"), "\(command): \(message)")
    }
}
