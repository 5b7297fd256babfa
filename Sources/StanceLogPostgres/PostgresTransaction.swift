import Logging
import PostgresNIO

/// Runs a body in one READ COMMITTED transaction on a leased connection.
///
/// postgres-nio's own `withTransaction` wraps every error in its
/// `PostgresTransactionError`; this keeps the body's errors as they are, so a
/// ``StanceLogError`` thrown inside (a wrong expected version) reaches the caller unchanged.
enum PostgresTransaction {
    static func run<Result: Sendable>(
        on connection: PostgresConnection, logger: Logger, _ body: () async throws -> Result
    ) async throws -> Result {
        try await connection.query("BEGIN ISOLATION LEVEL READ COMMITTED", logger: logger)
        let result: Result
        do {
            result = try await body()
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
        try await connection.query("COMMIT", logger: logger)
        return result
    }
}
