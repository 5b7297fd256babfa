import Foundation
import StanceLogTesting
import Testing

/// Progress shows on a terminal (a pseudo-terminal made by `script`), never in pipes, and `--quiet` silences it.
@Suite struct ProgressTests {
    private static let script = URL(fileURLWithPath: "/usr/bin/script")

    /// Runs `arguments` with a pseudo-terminal as standard output and error; returns what the terminal received.
    private func onTerminal(_ cli: CommandRunner, _ arguments: [String]) throws -> String {
        let transcript = cli.folder.appendingPathComponent("typescript").path
        let command = ([CommandRunner.executable.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let result = try cli.run([], environment: [:], executable: Self.script, prefix: ["-q", "-c", command, transcript])
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
}
