/// Retries an append that could not lock the log head within `lock_timeout` (SQLSTATE 55P03).
///
/// Only that error is retried: it means nothing was written and another writer
/// held the head. The pause starts at `firstPause`, doubles up to `longestPause`,
/// with jitter so that waiting writers do not retry in step.
struct WriterRetry: Sendable {
    let attempts: Int
    let firstPause: Duration
    let longestPause: Duration

    /// 8 attempts, pausing 50 ms doubling to 1 s; with a 3 s `lock_timeout` a writer gives up after about 28 s.
    static let standard = WriterRetry(attempts: 8, firstPause: .milliseconds(50), longestPause: .seconds(1))

    /// Runs `body`, again after a pause while it fails with 55P03, at most `attempts` times.
    ///
    /// - Throws: the last error once the attempts are used up, any other error at once.
    func run<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
        var pause = firstPause
        var attempt = 1
        while true {
            do {
                return try await body()
            } catch where PostgresFailure.sqlState(error) == PostgresFailure.lockNotAvailable && attempt < attempts {
                let jitter = Double.random(in: 0.5...1.5)
                try await Task.sleep(for: pause * jitter)
                pause = min(pause * 2, longestPause)
                attempt += 1
            }
        }
    }
}
