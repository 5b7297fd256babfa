import Foundation
import GRDB
import StanceLogCore

/// Runs a database operation again when SQLite refused it because another connection held a lock.
///
/// SQLite's busy timeout covers most waits, but not all: opening a file that
/// other processes are creating, switching it to WAL, and a lock that would
/// deadlock return `SQLITE_BUSY` or `SQLITE_LOCKED` at once. Several stancelog
/// processes on one file meet exactly these cases, so every store, migration
/// and projection operation goes through a bounded retry with exponential
/// backoff and jitter. Only those two result codes are retried; any other
/// error passes through on the first attempt.
public struct BusyRetry: Sendable {
    /// How many times the operation runs at most, the first included.
    public let attempts: Int
    /// The pause after the first refusal, in seconds; it doubles after each further one.
    public let firstDelay: Double
    /// The longest pause between two attempts, in seconds.
    public let maximumDelay: Double
    /// No attempt starts once this many seconds have passed since the first: the bound on the whole wait,
    /// whatever SQLite's busy timeout makes each attempt wait. Nil for no bound but ``attempts``.
    public let maximumWait: Double?

    /// - Parameters:
    ///   - attempts: how many times the operation runs at most (at least 1).
    ///   - firstDelay: seconds to wait after the first refusal.
    ///   - maximumDelay: the cap on the doubling pause, in seconds.
    ///   - maximumWait: seconds after the first attempt when no further one starts; nil for none.
    public init(attempts: Int, firstDelay: Double, maximumDelay: Double, maximumWait: Double? = nil) {
        self.attempts = max(1, attempts)
        self.firstDelay = firstDelay
        self.maximumDelay = maximumDelay
        self.maximumWait = maximumWait
    }

    /// Ten attempts, pausing 20 ms, 40 ms, … up to 1 s between them, none starting after 45 s.
    ///
    /// Each attempt may itself wait up to SQLite's busy timeout (10 s in ``SQLiteEventStore``) for a
    /// lock that a long transaction holds, so an append waits out even a long replay (a full rebuild of
    /// 1.1M events takes about 25 s) before giving up. A writer stopped inside its transaction (SIGSTOP, a
    /// hung disk) makes the others give up after about 55 s instead of 104 s, with an error naming the file.
    public static let standard = BusyRetry(attempts: 10, firstDelay: 0.02, maximumDelay: 1, maximumWait: 45)

    /// Whether `error` is SQLite saying that another connection holds a lock.
    public static func isBusy(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    /// Runs `body`, again after a pause while it fails because the database is busy.
    ///
    /// - Parameters:
    ///   - database: the file being used, for the error message, when known.
    ///   - body: the operation; it must be safe to repeat (a transaction that failed was rolled back).
    /// - Throws: ``StanceLogError`` `storage` naming `database` when every attempt met a lock;
    ///   otherwise whatever `body` throws.
    public func run<T>(on database: String? = nil, _ body: () throws -> T) throws -> T {
        var attempt = 1
        let start = ContinuousClock.now
        while true {
            do {
                return try body()
            } catch where Self.isBusy(error) {
                guard attempt < attempts, !waitedEnough(since: start) else {
                    throw exhausted(on: database, error, attempts: attempt, since: start)
                }
                Thread.sleep(forTimeInterval: delay(after: attempt))
                attempt += 1
            }
        }
    }

    /// Runs the asynchronous `body`, again after a pause while it fails because the database is busy.
    ///
    /// - Throws: ``StanceLogError`` `storage` naming `database` when every attempt met a lock;
    ///   otherwise whatever `body` throws.
    public func run<T>(on database: String? = nil, _ body: () async throws -> T) async throws -> T {
        var attempt = 1
        let start = ContinuousClock.now
        while true {
            do {
                return try await body()
            } catch where Self.isBusy(error) {
                guard attempt < attempts, !waitedEnough(since: start) else {
                    throw exhausted(on: database, error, attempts: attempt, since: start)
                }
                try await Task.sleep(for: .seconds(delay(after: attempt)))
                attempt += 1
            }
        }
    }

    /// The pause after the `attempt`-th refusal: doubling, capped, with up to 50 % jitter so that
    /// processes refused together do not retry together.
    func delay(after attempt: Int) -> Double {
        let doubled = firstDelay * pow(2, Double(min(attempt - 1, 30)))
        let capped = min(doubled, maximumDelay)
        return capped * Double.random(in: 0.5...1)
    }

    private func waitedEnough(since start: ContinuousClock.Instant) -> Bool {
        guard let maximumWait else { return false }
        return ContinuousClock.now - start >= .seconds(maximumWait)
    }

    private func exhausted(
        on database: String?, _ error: any Error, attempts made: Int, since start: ContinuousClock.Instant
    ) -> StanceLogError {
        let reason = (error as? DatabaseError)?.message ?? "\(error)"
        let file = database.map { "the database \($0)" } ?? "the database"
        let seconds = (ContinuousClock.now - start).components.seconds
        return StanceLogError(
            .storage, "\(file) stayed busy through \(made) attempts in \(seconds) s (SQLite: \(reason))",
            hint: "another process holds its write lock, and may be stopped or stalled (`fuser \(database ?? "FILE")` "
                + "names it); wait for it to finish or end it, then run the command again")
    }
}
