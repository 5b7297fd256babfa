public import Logging
public import ServiceLifecycle
public import StanceLogPostgres

/// Keeps a team log's mirror caught up while the server runs: a pull on each notification, and a slow poll.
///
/// The notifications arrive on a dedicated connection (``PostgresLogListener``) and only
/// wake the follower; what it stores comes from the log itself (``ServerLog/pull()``).
/// The poll covers notifications lost while the listening connection was down, which
/// is reopened after ``reconnectDelay``. The stream and the live view see new events
/// as soon as the mirror holds them.
public struct MirrorFollower: Service {
    /// The wait before reopening a lost listening connection.
    public static let reconnectDelay: Duration = .seconds(5)

    let log: ServerLog
    let url: PostgresURL
    let poll: Duration
    let logger: Logger

    /// - Parameters:
    ///   - log: the server's log, mirroring the team log at `url`.
    ///   - poll: the time between two pulls when no notification came.
    public init(log: ServerLog, url: PostgresURL, poll: Duration, logger: Logger) {
        self.log = log
        self.url = url
        self.poll = poll
        self.logger = logger
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await listen() }
                group.addTask { await pollLoop() }
                await group.waitForAll()
            }
        }
    }

    private func listen() async {
        while !Task.isCancelled {
            do {
                try await PostgresLogListener(url).listen { await pull(because: "notification") }
            } catch {
                logger.warning("the team log's notifications stopped (\(error)); listening again in \(Self.reconnectDelay)")
            }
            try? await Task.sleep(for: Self.reconnectDelay)
        }
    }

    private func pollLoop() async {
        while !Task.isCancelled {
            await pull(because: "poll")
            try? await Task.sleep(for: poll)
        }
    }

    private func pull(because reason: String) async {
        do {
            try await log.pull()
        } catch {
            logger.warning("pulling the team log after a \(reason) failed: \(error)")
        }
    }
}
