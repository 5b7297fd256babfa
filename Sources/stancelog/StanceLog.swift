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
            Log.self, Verify.self, Export.self, Import.self, State.self, Timeline.self, Diff.self, Replay.self,
            Report.self, Database.self, Bench.self, Fuzz.self,
        ])
}
