import Foundation
import StanceLogTesting
import Testing

/// Tables fit the width the terminal reports (the `TIOCGWINSZ` ioctl) when `COLUMNS` is not set: the command
/// runs on a pseudo-terminal whose window size is set with `TIOCSWINSZ`.
@Suite struct TerminalWindowTests {
    private static let python = URL(fileURLWithPath: "/usr/bin/python3")

    /// Opens a pseudo-terminal COLUMNS wide, runs the command on it without `COLUMNS`, and prints what it showed.
    private static let onWindow = """
        import fcntl, os, pty, struct, subprocess, sys, termios
        columns, command = int(sys.argv[1]), sys.argv[2:]
        leader, follower = pty.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
        environment = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
        child = subprocess.Popen(command, stdin=follower, stdout=follower, stderr=subprocess.DEVNULL, env=environment)
        os.close(follower)
        screen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            screen += chunk
        sys.stdout.buffer.write(screen)
        sys.exit(child.wait())
        """

    /// The lines a command showed in a window `columns` wide.
    private func lines(_ cli: CommandRunner, _ arguments: [String], columns: Int) throws -> [String] {
        let result = try cli.run(
            arguments, executable: Self.python, prefix: ["-c", Self.onWindow, String(columns), CommandRunner.executable.path])
        #expect(result.status == 0, "\(arguments): \(result.error)")
        return result.output.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map(String.init)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func tablesFitTheWindowTheTerminalReports() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        for command in [["timeline"], ["state", "--at", "2025"], ["log"], ["articles"]] {
            let narrow = try lines(cli, command, columns: 60)
            #expect(!narrow.isEmpty, "\(command)")
            #expect(narrow.allSatisfy { $0.count <= 60 }, "\(command): \(narrow.map(\.count).max() ?? 0) columns")
        }
        let wide = try lines(cli, ["timeline"], columns: 200)
        let widest = wide.map(\.count).max() ?? 0
        #expect(widest > 80 && widest <= 200, "timeline in a 200-column window: \(widest) columns")
    }

    @Test(.enabled(if: Fixtures.corpusDirectory != nil))
    func evaluateWrapsEachMissedSentenceToTheWidthKeepingEveryWord() throws {
        let cli = try CommandRunner()
        let corpus = try #require(Fixtures.corpusDirectory).path
        let fitted = try cli.run(["evaluate", corpus], environment: ["COLUMNS": "80"])
        let piped = try cli.run(["evaluate", corpus])
        #expect(fitted.status == 0 && piped.status == 0)
        #expect(fitted.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(piped.output.split(separator: "\n").contains { $0.count > 80 })
        let words = { (text: String) in text.split(whereSeparator: \.isWhitespace) }
        #expect(words(fitted.output) == words(piped.output))
    }
}
