import Foundation
import StanceLogTesting
import Testing

/// Issue 14, finding 13: FIFOs are refused instead of hanging, a file name that is not UTF-8 is reported for that
/// file only, and two manifest entries for one file that disagree are an error naming both.
@Suite(.serialized) struct InputEdgeTests {
    /// Runs `arguments` and kills it when it has not ended after `seconds` (a hang), so the test fails instead of hanging.
    private func runBounded(_ cli: CommandRunner, _ arguments: [String], seconds: Double = 60) throws -> CommandRunner.Result? {
        let child = try ChildProcess.start(arguments, in: cli.folder, label: "bounded")
        let deadline = Date().addingTimeInterval(seconds)
        while child.process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !child.process.isRunning else {
            child.kill()
            _ = try child.wait()
            return nil
        }
        return try child.wait()
    }

    private func folderWithSeed(_ cli: CommandRunner) throws -> URL {
        let folder = cli.folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let seed = try #require(try Fixtures.seedArticles().first)
        try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent("a.txt"))
        return folder
    }

    @Test func aFIFONamedTxtInAFolderIsRefusedByName() throws {
        let cli = try CommandRunner()
        let folder = try folderWithSeed(cli)
        #expect(mkfifo(folder.appendingPathComponent("b.txt").path, 0o644) == 0)
        let result = try #require(try runBounded(cli, ["ingest", folder.path, "--date", "2025-02-12"]), "ingest hung on a FIFO")
        #expect(result.status != 0)
        #expect(result.error.contains("b.txt is a FIFO, not an article file"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }

    @Test(arguments: [["log"], ["ingest", "-"], ["verify"]])
    func aFIFOAsTheDatabaseIsRefused(command: [String]) throws {
        let cli = try CommandRunner()
        #expect(mkfifo(cli.folder.appendingPathComponent("pipe.sqlite").path, 0o644) == 0)
        let result = try #require(try runBounded(cli, command + ["--db", "pipe.sqlite"]), "\(command) hung on --db FIFO")
        #expect(result.status != 0)
        #expect(result.error.contains("pipe.sqlite is a FIFO, not a stancelog database"), "\(result.error)")
    }

    @Test func aFileNameThatIsNotUTF8IsReportedAndTheOthersAreIngested() throws {
        let cli = try CommandRunner()
        let folder = try folderWithSeed(cli)
        let name = Array(folder.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let result = try cli.run(["ingest", folder.path, "--date", "2025-02-12"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("added    \(folder.path)/a.txt"))
        #expect(result.error.contains("skipped  \(folder.path)/caf\\xE9.txt: the file name is not UTF-8"), "\(result.error)")
    }

    @Test func twoManifestEntriesForOneFileThatDisagreeAreAnErrorNamingBoth() throws {
        let cli = try CommandRunner()
        let folder = try folderWithSeed(cli)
        let manifest = """
            [{"file": "a.txt", "published": "2025-02-12", "outlet": "Tagesschau"},
             {"file": "other.txt", "published": "2025-03-01"},
             {"file": "a.txt", "published": "2025-02-13", "outlet": "Tagesschau"}]
            """
        try manifest.write(to: folder.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        let result = try cli.run(["ingest", folder.path])
        #expect(result.status != 0)
        #expect(result.error.contains("entries 1 and 3 both describe a.txt and differ (published '2025-02-12' vs '2025-02-13')"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }

    @Test func twoIdenticalManifestEntriesAreFine() throws {
        let cli = try CommandRunner()
        let folder = try folderWithSeed(cli)
        let entry = #"{"file": "a.txt", "published": "2025-02-12"}"#
        try "[\(entry), \(entry)]".write(to: folder.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        #expect(try cli.run(["ingest", folder.path]).status == 0)
    }
}
