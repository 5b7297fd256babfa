import PostgresNIO
import StanceLogCore

/// Turns what postgres-nio and the server report into ``StanceLogError``s that say what to do.
package enum PostgresFailure {
    /// SQLSTATE `55P03` (lock_not_available): `lock_timeout` ran out waiting for the log head.
    static let lockNotAvailable = "55P03"
    /// SQLSTATE `23505` (unique_violation).
    static let uniqueViolation = "23505"

    /// What to do when the server refuses the login (SQLSTATE 28000 or 28P01), from the server's message.
    ///
    /// pg_hba.conf refuses a connection without TLS with "… no encryption": the cure is the
    /// URL's `sslmode`, not a password. Any other refusal is about the role's password.
    package static func refusalHint(serverMessage: String) -> String {
        if serverMessage.contains("no encryption") {
            return "the server accepts only encrypted connections from this host: add ?sslmode=require "
                + "(or sslmode=verify-full with the server's certificate authority) to the URL"
        }
        return "set PGPASSWORD or add a line for this server to ~/.pgpass"
    }

    /// The server's SQLSTATE for `error`, nil when it did not come from the server.
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// `error` as a ``StanceLogError`` about `url`; a ``StanceLogError`` is returned unchanged.
    static func map(_ error: any Error, url: PostgresURL) -> StanceLogError {
        if let error = error as? StanceLogError { return error }
        guard let psql = error as? PSQLError else {
            return StanceLogError(
                .storage, "the PostgreSQL log at \(url) failed: \(error)",
                hint: "check that the server is running and reachable; then retry")
        }
        if psql.code == .authMechanismRequiresPassword {
            return StanceLogError(
                .invalidInput, "the server at \(url) asks for the password of '\(url.user)', and none was found",
                hint: "set PGPASSWORD or add a line for this server to ~/.pgpass (mode 600)")
        }
        guard let info = psql.serverInfo, let state = info[.sqlState] else {
            return StanceLogError(
                .storage, "cannot reach the PostgreSQL server at \(url): \(psql.code)\(underlying(psql))",
                hint: "check that the server runs and the host, port or socket folder in the URL are right")
        }
        let message = info[.message] ?? "error \(state)"
        switch state {
        case lockNotAvailable:
            return StanceLogError(
                .storage, "another writer holds the log at \(url) (\(message))",
                hint: "another stancelog is appending or a client left a transaction open; retry in a moment")
        case uniqueViolation:
            return StanceLogError(
                .wrongExpectedVersion, "another writer appended to the log at \(url) first (\(message))",
                hint: "read the stream again and retry")
        case PostgresSchema.appendOnlyState:
            return StanceLogError(.storage, message, hint: "events are never changed; append a correction instead")
        case PostgresSchema.chainLinkState:
            return StanceLogError(.chainBroken, "\(url): \(message)", hint: "run `stancelog verify --db \(url)`")
        case "42501":
            return StanceLogError(
                .storage, "the role '\(url.user)' may not do this on \(url): \(message)",
                hint: "run `stancelog db init --db URL` as the owner role, and grant the app role as README's team log section shows")
        case "3D000":
            return StanceLogError(
                .notFound, "no database '\(url.database)' on the server at \(url)",
                hint: "create it first (createdb \(url.database)), then run `stancelog db init --db URL`")
        case "28P01", "28000":
            return StanceLogError(
                .invalidInput, "the server refused the role '\(url.user)' at \(url): \(message)",
                hint: refusalHint(serverMessage: message))
        case "25P03":
            return StanceLogError(
                .storage, "the server ended a transaction on \(url) that stayed idle too long",
                hint: "nothing of it was written; retry")
        default:
            return StanceLogError(
                .storage, "the PostgreSQL log at \(url) refused the operation: \(message) (SQLSTATE \(state))",
                hint: "if it persists, run `stancelog verify --db URL`")
        }
    }

    private static func underlying(_ error: PSQLError) -> String {
        guard let cause = error.underlying else { return "" }
        return " (\(cause))"
    }
}
