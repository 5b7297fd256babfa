import ArgumentParser
import StanceLogSQLite
import StanceLogTimeline

/// A command that answers from the stance queries: `state`, `timeline` and `diff`.
///
/// Each one only says how it asks and prints (``answer(from:)``); opening the log,
/// catching its projections up and checking `--party` / `--topic` happen here, once.
protocol QueryCommand: AsyncParsableCommand {
    var store: StoreOptions { get }
    var query: QueryOptions { get }

    /// What the command prints, from queries whose `--party` and `--topic` were checked.
    func answer(from queries: any StanceQuerying) async throws -> String
}

extension QueryCommand {
    func run() async throws {
        print(try await output())
    }

    /// What the command prints for the log at `--db`, its projections caught up first.
    func output() async throws -> String {
        try await output(from: store.openLog().caughtUpQueries())
    }

    /// What the command prints, answered by `queries` (the log's; tests pass an in-memory one).
    func output(from queries: any StanceQuerying) async throws -> String {
        try await query.checkKnown(in: queries)
        return try await answer(from: queries)
    }
}
