import StanceLogCore

/// Re-runs an append that lost a stream-version race, a bounded number of times.
///
/// `append`, `correct`, `retract` and `reextract` read a stream, then append
/// with the version they read. When another writer appended to that stream in
/// between, the store refuses the append as a whole (`wrongExpectedVersion`)
/// and nothing is written; the action then reads again and retries, at most
/// ``attempts`` times in all, so a rival writer delays it instead of failing it.
enum ConflictRetry {
    /// Attempts in all, the first included.
    static let attempts = 8

    /// Runs `action` until it does not fail with `wrongExpectedVersion`, at most ``attempts`` times.
    ///
    /// - Throws: the action's other errors at once; after the last attempt, its conflict naming how many were made.
    static func run<Result: Sendable>(_ action: () async throws -> Result) async throws -> Result {
        var attempt = 1
        while true {
            do {
                return try await action()
            } catch let error as StanceLogError where error.code == .wrongExpectedVersion {
                guard attempt < attempts else {
                    throw StanceLogError(
                        error.code, "\(error.message) (\(attempts) attempts, each after reading the stream again)",
                        hint: "other writers keep appending to this article; try again when they are done")
                }
                attempt += 1
            }
        }
    }
}
