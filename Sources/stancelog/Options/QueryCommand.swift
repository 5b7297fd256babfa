import ArgumentParser
import StanceLogSQLite
import StanceLogTimeline

/// A command that answers from the stance queries: `state`, `timeline`, `diff` and `search`.
///
/// Each one only says how it asks and prints (``answer(from:filter:)``); opening the log,
/// catching its projections up, resolving `--party` / `--topic` and saying when `--as-of`
/// lies beyond the log's end happen here, once.
protocol QueryCommand: AsyncParsableCommand {
    var store: StoreOptions { get }
    var query: QueryOptions { get }

    /// What the command prints, from queries and the filter with `--party` and `--topic` resolved.
    func answer(from queries: any StanceQuerying, filter: StanceFilter) async throws -> String
}

extension QueryCommand {
    func run() async throws {
        let text = try await output()
        query.format.isData ? printData(text) : printText(text)
    }

    /// What the command prints for the log at `--db`, its projections caught up first.
    func output() async throws -> String {
        let log = try await store.openForReading()
        let queries = try await log.caughtUpQueries()
        if let asOf = query.asOf, let note = try await StoreOptions.beyondEnd(asOf, in: log.store) { printError(note) }
        return try await output(from: queries)
    }

    /// What the command prints, answered by `queries` (the log's; tests pass an in-memory one).
    func output(from queries: any StanceQuerying) async throws -> String {
        try await answer(from: queries, filter: query.resolvedFilter(in: queries))
    }
}
