/// The server-side limits every stancelog session sets, so that no client can hold the log for long.
///
/// `lockTimeout` bounds how long an append waits for the log head before it
/// fails with 55P03 and is retried (``WriterRetry``).
/// `idleInTransaction` makes the server end a session that sits inside an open
/// transaction doing nothing — a laptop that went to sleep mid-append — which
/// rolls it back and releases the head.
public struct PostgresTimeouts: Hashable, Sendable {
    public var lockTimeout: Duration
    public var idleInTransaction: Duration

    public init(lockTimeout: Duration, idleInTransaction: Duration) {
        self.lockTimeout = lockTimeout
        self.idleInTransaction = idleInTransaction
    }

    /// 3 s to get the head, 10 s idle inside a transaction.
    public static let standard = PostgresTimeouts(lockTimeout: .seconds(3), idleInTransaction: .seconds(10))

    /// The settings as startup parameters, in milliseconds.
    var startupParameters: [(String, String)] {
        [
            ("lock_timeout", "\(Self.milliseconds(lockTimeout))"),
            ("idle_in_transaction_session_timeout", "\(Self.milliseconds(idleInTransaction))"),
            ("application_name", "stancelog"),
        ]
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
