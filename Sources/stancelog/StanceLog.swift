import ArgumentParser
import Foundation

/// The `stancelog` command: an append-only record of who stood where, and when.
@main
struct StanceLog: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stancelog",
        abstract: "Turn news reports into an append-only log of position statements, and query it.",
        usage: "stancelog [--db <path>] <subcommand>",
        discussion: """
            --db PATH (default: $STANCELOG_DB, else stancelog.sqlite in the current folder) may be given \
            before the subcommand or after it.
            """,
        version: "0.1.0",
        subcommands: [
            Ingest.self, Extract.self, Evaluate.self, Reextract.self, Append.self, Correct.self, Retract.self, Withdraw.self, Restore.self,
            Log.self, Verify.self, Head.self, Export.self, Import.self, State.self, Timeline.self, Diff.self,
            Articles.self, Parties.self, Topics.self, Search.self, Replay.self, Report.self, Serve.self, Database.self, Bench.self,
            Fuzz.self,
        ])

    /// Parses the command line (with `--db` also before the subcommand), runs the command, fails if its
    /// standard output could not be written (a full disk, a closed pipe), and prints an error with its
    /// control characters escaped.
    static func main() async {
        do {
            var command = try parseAsRoot(GlobalArguments.normalized(Array(CommandLine.arguments.dropFirst())))
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            try StandardOutput.finish()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { print(message) } else { printError(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
