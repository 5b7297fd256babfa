import ArgumentParser

/// The `stancelog` command: an append-only record of who stood where, and when.
@main
struct StanceLog: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stancelog",
        abstract: "Turn news reports into an append-only log of position statements, and query it.",
        version: "0.1.0",
        subcommands: [
            Ingest.self, Extract.self, Evaluate.self, Reextract.self, Append.self, Correct.self, Retract.self,
            Log.self, Verify.self, Head.self, Export.self, Import.self, State.self, Timeline.self, Diff.self, Replay.self,
            Report.self, Bench.self, Fuzz.self,
        ])

    /// Runs the command, then fails if its standard output could not be written (a full disk, a closed pipe).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            try StandardOutput.finish()
        } catch {
            exit(withError: error)
        }
    }
}
