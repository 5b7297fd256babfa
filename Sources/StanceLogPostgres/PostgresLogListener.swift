public import Foundation
import Logging
import PostgresNIO
public import StanceLogCore

/// Waits for the team log's notifications on a connection of its own: `LISTEN stancelog_events`.
///
/// Every append to the log ends with `pg_notify` (``PostgresEventStore/notificationChannel``,
/// payload `SCHEMA:LAST-SEQUENCE`). A notification only says "look": the reader then
/// pulls from the log, which stays the source of truth, so a lost notification costs
/// no event, only time until the next one or the reader's poll. The connection is
/// outside the store's pool, because a listening connection is never free for queries.
public struct PostgresLogListener: Sendable {
    public let url: PostgresURL
    private let connector: PostgresConnector

    /// - Parameter password: nil to look it up as ``PostgresEventStore/open(_:password:migrate:environment:timeouts:)`` does.
    /// - Throws: ``StanceLogError`` `invalidInput` when the password file cannot be read.
    public init(
        _ url: PostgresURL, password: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        self.url = url
        connector = PostgresConnector(
            url: url, password: try password ?? PasswordFile.password(for: url, environment: environment), timeouts: .standard)
    }

    /// Connects, listens, and calls `wake` for each notification about this log's schema, until cancelled.
    ///
    /// - Throws: ``StanceLogError`` `storage` when the connection cannot be opened or is lost; the caller reconnects.
    public func listen(_ wake: @Sendable () async -> Void) async throws {
        let logger = Logger(label: "stancelog.listen", factory: { _ in SwiftLogNoOpLogHandler() })
        do {
            let connection = try await connector.connect(logger: logger)
            do {
                try await connection.listen(on: PostgresEventStore.notificationChannel) { notifications in
                    for try await notification in notifications where notification.payload.hasPrefix(url.schema + ":") {
                        await wake()
                    }
                }
            } catch {
                try? await connection.close()
                throw error
            }
            try? await connection.close()
        } catch is CancellationError {
            return
        } catch {
            throw PostgresFailure.map(error, url: url)
        }
    }
}
