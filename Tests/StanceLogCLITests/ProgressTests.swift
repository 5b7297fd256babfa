import Foundation
import StanceLogSQLite
import StanceLogTesting
import Testing

/// Progress shows on a terminal (a pseudo-terminal made by `script`), never in pipes, and `--quiet` silences it.
@Suite struct ProgressTests {
    private static let script = URL(fileURLWithPath: "/usr/bin/script")

    /// Runs `arguments` with a pseudo-terminal as standard output and error; returns what the terminal received.
    /// Progress shows at once (`STANCELOG_PROGRESS_DELAY=0`): a fast machine does this work in under the second
    /// after which a user sees it.
    private func onTerminal(_ cli: CommandRunner, _ arguments: [String], delay: String = "0") throws -> String {
        let transcript = cli.folder.appendingPathComponent("typescript").path
        let command = ([CommandRunner.executable.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let result = try cli.run(
            [], environment: ["STANCELOG_PROGRESS_DELAY": delay], executable: Self.script,
            prefix: ["-q", "-c", command, transcript])
        #expect(result.status == 0, "\(result.error)")
        return try String(contentsOfFile: transcript, encoding: .utf8)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script") && Fixtures.corpusDirectory != nil))
    func ingestShowsCountRateAndTimeLeftThenErasesTheLine() throws {
        let cli = try CommandRunner()
        let corpus = try #require(Fixtures.corpusDirectory)
        let screen = try onTerminal(cli, ["ingest", Fixtures.seedsDirectory.path, corpus.path])
        #expect(screen.contains("ingest: reading articles: "))
        #expect(screen.contains("/s, about "))
        #expect(screen.contains("\r\u{1B}[K"))
        #expect(screen.contains("articles added with"))
        let quiet = try CommandRunner()
        let silent = try onTerminal(quiet, ["ingest", Fixtures.seedsDirectory.path, corpus.path, "--quiet"])
        #expect(!silent.contains("ingest: reading"))
        #expect(!silent.contains("articles added"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func reextractShowsCountAndRateThenItsSummaryAndQuietSilencesBoth() throws {
        let cli = try CommandRunner()
        let articles = try GeneratedArticles.write(300, in: cli.folder)
        #expect(try cli.run(["ingest", articles.path, "--quiet", "--date", "2025-06-01"]).status == 0)
        let screen = try onTerminal(cli, ["reextract", "--codebook", try CodebookVersion.write(in: cli.folder)])
        #expect(screen.contains("reextract: articles: "))
        #expect(screen.contains("/s"))
        #expect(screen.contains("\r\u{1B}[K"))
        #expect(screen.contains("300 of 300 articles re-extracted"))
        let silent = try onTerminal(cli, ["reextract", "--quiet"])
        #expect(!silent.contains("reextract:") && !silent.contains("re-extracted"))
    }

    /// An export of 40,000 hand-made events (4,000 articles of 9 statements).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func importShowsCountRateAndTimeLeftThenItsSummaryAndQuietSilencesBoth() async throws {
        let cli = try CommandRunner()
        let store = try SQLiteEventStore(path: cli.database)
        for block in 0..<40 {
            try await store.append((0..<100).map { offset in
                let name = "progress \(block * 100 + offset)"
                return SampleEvents.stream(name, statements: (1...9).map { SampleEvents.statement(in: name, date: "2025-03-0\($0)") })
            })
        }
        #expect(try cli.run(["export", "--out", "log.jsonl"]).status == 0)
        let screen = try onTerminal(cli, ["import", "log.jsonl", "--db", "copy.sqlite"])
        #expect(screen.contains("import: reading events: "))
        #expect(screen.contains("/s, about "))
        #expect(screen.contains("\r\u{1B}[K"))
        #expect(screen.contains("imported 40000 events from log.jsonl; hash chain and history verified"))
        let silent = try onTerminal(cli, ["import", "log.jsonl", "--db", "quiet.sqlite", "--quiet"])
        #expect(!silent.contains("import:") && !silent.contains("imported"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aDelayThatIsNoNumberIsNamedAndTheSecondStays() throws {
        let cli = try CommandRunner()
        let screen = try onTerminal(cli, ["ingest", Fixtures.seedsDirectory.path], delay: "soon")
        #expect(screen.contains("STANCELOG_PROGRESS_DELAY 'soon' is not a number of seconds"))
        #expect(screen.contains("articles added with"))
    }
}
