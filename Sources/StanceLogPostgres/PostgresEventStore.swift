public import Foundation
import Logging
import PostgresNIO
public import StanceLogCore

/// The event log on a PostgreSQL server, shared by a team (postgres-nio's `PostgresClient`).
///
/// Every append is one READ COMMITTED transaction that first locks the one-row
/// `log_head` (`SELECT … FOR UPDATE`), then checks the expected stream versions,
/// seals the events with the same ``ChainHead`` code as the SQLite store,
/// inserts them in one statement, moves the head, sends `pg_notify` and commits.
/// Holding the head serialises writers, so commit order equals sequence order:
/// a reader that follows the log by position never skips an event, which a
/// SEQUENCE or IDENTITY column cannot promise (a later number can commit first).
/// Record time comes from the server's clock and never decreases along the log.
///
/// ```swift
/// let store = try await PostgresEventStore.open(PostgresURL(parsing: "postgres://analyst@db/stances"))
/// defer { Task { await store.close() } }
/// try await store.append([StreamAppend(stream: stream, expectedVersion: .noStream, events: events)])
/// ```
public final class PostgresEventStore: EventStore {
    /// The log's location; never carries a password.
    public let url: PostgresURL
    /// The channel each append notifies, with payload `SCHEMA:LAST-SEQUENCE`.
    public static let notificationChannel = "stancelog_events"

    let client: PostgresClient
    let schema: PostgresSchema
    private let runner: Task<Void, Never>
    private let retry: WriterRetry
    private let logger: Logger

    private init(connector: PostgresConnector, retry: WriterRetry, logger: Logger) {
        url = connector.url
        self.retry = retry
        self.logger = logger
        schema = PostgresSchema(name: connector.url.schema)
        let client = PostgresClient(configuration: connector.clientConfiguration())
        self.client = client
        runner = Task { await client.run() }
    }

    deinit {
        runner.cancel()
    }

    /// Connects to the log at `url`, creating or migrating its schema when `migrate` is true.
    ///
    /// A schema holding other tables, or one a newer stancelog migrated, is
    /// refused before anything is written to it.
    ///
    /// - Parameters:
    ///   - password: nil to look it up (`PGPASSWORD`, `~/.pgpass`, ``PasswordFile``).
    ///   - migrate: false to require an existing log (read commands) and write nothing.
    /// - Throws: ``StanceLogError``: `notFound` when `migrate` is false and there is
    ///   no log; `notALog`, `newerVersion`; `storage` when the server cannot be reached.
    public static func open(
        _ url: PostgresURL, password: String? = nil, migrate: Bool = true,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        timeouts: PostgresTimeouts = .standard
    ) async throws -> PostgresEventStore {
        let resolved = try password ?? PasswordFile.password(for: url, environment: environment)
        let connector = PostgresConnector(url: url, password: resolved, timeouts: timeouts)
        let logger = Logger(label: "stancelog.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        do {
            let connection = try await connector.connect(logger: logger)
            do {
                try await prepare(PostgresSchema(name: url.schema), url: url, migrate: migrate, on: connection, logger: logger)
            } catch {
                try? await connection.close()
                throw error
            }
            try await connection.close()
        } catch {
            throw PostgresFailure.map(error, url: url)
        }
        return PostgresEventStore(connector: connector, retry: .standard, logger: logger)
    }

    /// Closes the connections; the store cannot be used afterwards.
    public func close() async {
        runner.cancel()
        _ = await runner.result
    }

    private static func prepare(
        _ schema: PostgresSchema, url: PostgresURL, migrate: Bool, on connection: PostgresConnection, logger: Logger
    ) async throws {
        let migrator = PostgresMigrator(schema: schema, url: url)
        if migrate {
            try await migrator.migrate(on: connection, logger: logger)
            return
        }
        let state = try await migrator.state(on: connection, logger: logger)
        try migrator.requireUsable(state)
        guard migrator.isComplete(state) else {
            throw StanceLogError(
                .notFound, "no log at \(url)", hint: "create it with `stancelog db init --db URL`, or check the schema")
        }
    }

    /// Applies missing migrations and returns their identifiers (for `stancelog db init`).
    public func migrationsApplied() async throws -> [String] {
        try await run {
            try await client.withConnection { connection in
                try await PostgresMigrator(schema: schema, url: url).migrate(on: connection, logger: logger)
            }
        }
    }

    @discardableResult
    public func append(_ batches: [StreamAppend]) async throws -> [RecordedEvent] {
        try await run {
            try await retry.run {
                try await client.withConnection { connection in
                    try await PostgresTransaction.run(on: connection, logger: logger) {
                        let (head, now) = try await lockHead(connection)
                        let streams = Array(Set(batches.map(\.stream.rawValue)))
                        var versions: [String: Int] = [:]
                        let rows = try await connection.query(
                            """
                            SELECT stream_id, max(stream_version) FROM \(unescaped: schema.events)
                            WHERE stream_id = ANY(\(streams)) GROUP BY stream_id
                            """, logger: logger)
                        for try await (stream, version) in rows.decode((String, Int32).self) {
                            versions[stream] = Int(version)
                        }
                        let sealed = try head.seal(batches, now: now) { versions[$0.rawValue] ?? 0 }
                        try await write(sealed, on: connection)
                        return sealed
                    }
                }
            }
        }
    }

    public func read(_ query: EventQuery) async throws -> [RecordedEvent] {
        var bindings = PostgresBindings()
        bindings.append(query.fromSequence)
        var conditions = ["seq >= $1"]
        if let types = query.types {
            bindings.append(types.map(\.rawValue).sorted())
            conditions.append("type = ANY($\(bindings.count))")
        }
        if let article = query.articleID {
            bindings.append(StreamID.article(article).rawValue)
            conditions.append("stream_id = $\(bindings.count)")
        }
        if let party = query.party {
            bindings.append(party.rawValue)
            conditions.append("party = $\(bindings.count)")
        }
        if let statement = query.statementID {
            bindings.append(statement.rawValue)
            conditions.append("statement_id = $\(bindings.count)")
        }
        var sql =
            "SELECT \(PostgresEventRow.columns) FROM \(schema.events) WHERE \(conditions.joined(separator: " AND ")) ORDER BY seq"
        if let limit = query.limit { sql += " LIMIT \(max(limit, 0))" }
        return try await select(PostgresQuery(unsafeSQL: sql, binds: bindings))
    }

    public func readStream(_ stream: StreamID) async throws -> [RecordedEvent] {
        try await select(
            "SELECT \(unescaped: PostgresEventRow.columns) FROM \(unescaped: schema.events) WHERE stream_id = \(stream.rawValue) ORDER BY stream_version"
        )
    }

    public func lastPosition() async throws -> Int64 {
        try await run {
            let rows = try await client.query("SELECT seq FROM \(unescaped: schema.head)", logger: logger)
            for try await seq in rows.decode(Int64.self) { return seq }
            return 0
        }
    }

    public func importRecorded(_ events: [RecordedEvent]) async throws {
        try await run {
            try await retry.run {
                try await client.withConnection { connection in
                    try await PostgresTransaction.run(on: connection, logger: logger) {
                        let (head, _) = try await lockHead(connection)
                        guard head.sequence == 0 else {
                            throw StanceLogError(
                                .storeNotEmpty, "the log at \(url) already holds \(head.sequence) events",
                                hint: "import into a new, empty log (pass another database or ?schema=NAME)")
                        }
                        try await write(events, on: connection)
                    }
                }
            }
        }
    }

    /// The value of a server setting in this store's sessions (a test hook: the timeouts reach the server).
    package func sessionSetting(_ name: String) async throws -> String {
        try await run {
            let rows = try await client.query("SELECT current_setting(\(name))", logger: logger)
            for try await value in rows.decode(String.self) { return value }
            return ""
        }
    }

    /// Locks the head row for this transaction and reads the server's clock after the lock is held.
    private func lockHead(_ connection: PostgresConnection) async throws -> (ChainHead, RecordTime) {
        let rows = try await connection.query(
            """
            SELECT seq, hash, recorded_at, floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint
            FROM \(unescaped: schema.head) FOR UPDATE
            """, logger: logger)
        for try await (seq, hash, recordedAt, now) in rows.decode((Int64, String, Int64, Int64).self) {
            return (
                ChainHead(sequence: seq, hash: hash, recordedAt: RecordTime(milliseconds: recordedAt)),
                RecordTime(milliseconds: now)
            )
        }
        throw StanceLogError(
            .corruptEvent, "the log at \(url) has no head row",
            hint: "the database was changed outside stancelog; run `stancelog verify`")
    }

    /// Inserts sealed events (one statement unless there are more than ``PostgresEventRow/rowsPerStatement``),
    /// moves the head to the last one and notifies listeners.
    private func write(_ events: [RecordedEvent], on connection: PostgresConnection) async throws {
        guard let last = events.last else { return }
        var start = events.startIndex
        while start < events.endIndex {
            let end = min(start + PostgresEventRow.rowsPerStatement, events.endIndex)
            try await connection.query(PostgresEventRow.insert(events[start..<end], into: schema.events), logger: logger)
            start = end
        }
        try await connection.query(
            """
            UPDATE \(unescaped: schema.head) SET seq = \(last.sequence), hash = \(last.hash), recorded_at = \(last.recordedAt.milliseconds)
            """, logger: logger)
        try await connection.query(
            "SELECT pg_notify(\(Self.notificationChannel), \("\(schema.name):\(last.sequence)"))", logger: logger)
    }

    private func select(_ query: PostgresQuery) async throws -> [RecordedEvent] {
        try await run {
            var events: [RecordedEvent] = []
            for try await row in try await client.query(query, logger: logger) {
                events.append(try PostgresEventRow.decode(row))
            }
            return events
        }
    }

    /// Runs `body`, turning server and connection errors into ``StanceLogError``s about this log.
    private func run<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch {
            throw PostgresFailure.map(error, url: url)
        }
    }
}
