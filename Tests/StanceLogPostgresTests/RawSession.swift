import Foundation
import Logging
import PostgresNIO
import StanceLogPostgres
import StanceLogTesting

/// A plain connection to the test server, outside ``PostgresEventStore``: a rival client, a tamperer, a setup tool.
final class RawSession: Sendable {
    let connection: PostgresConnection
    let logger = Logger(label: "stancelog.tests", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Connects to the server of `url` (a unix socket, as `Scripts/with-postgres` starts it).
    init(_ url: PostgresURL, user: String? = nil, password: String? = nil, applicationName: String = "stancelog-tests")
        async throws
    {
        guard let socket = url.socketPath else { throw TestPostgresMissing() }
        var configuration = PostgresConnection.Configuration(
            unixSocketPath: socket, username: user ?? url.user, password: password, database: url.database)
        configuration.options.additionalStartupParameters = [("application_name", applicationName)]
        connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
    }

    /// Runs one statement, ignoring any rows.
    func execute(_ sql: String) async throws {
        try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
    }

    /// The first column of every row, as text.
    func texts(_ sql: String) async throws -> [String] {
        try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect().map {
            try $0.decode(String.self)
        }
    }

    /// The SQLSTATE the server answers `sql` with, nil when it succeeds.
    func sqlState(of sql: String) async -> String? {
        do {
            try await execute(sql)
            return nil
        } catch let error as PSQLError {
            return error.serverInfo?[.sqlState]
        } catch {
            return "not a server error: \(error)"
        }
    }

    func close() async {
        try? await connection.close()
    }
}
