import Logging
import PostgresNIO
import StanceLogCore

/// Applies ``PostgresSchema``'s migrations under an advisory lock and refuses logs it cannot use.
///
/// Every process that opens a log checks the applied migrations first, without
/// a lock: a log migrated by a newer stancelog (an identifier this one does not
/// know) is refused before anything is written; a complete log needs nothing
/// more. Only when a migration is missing does it take a transaction-scoped
/// advisory lock, so that two processes creating one log at the same moment
/// apply each migration once: the second waits, re-reads and finds them applied.
struct PostgresMigrator {
    let schema: PostgresSchema
    let url: PostgresURL

    /// What a schema holds before stancelog touches it.
    enum State: Equatable {
        /// No schema of that name: a new log.
        case missing
        /// These migrations are applied.
        case migrated(Set<String>)
        /// The schema exists and holds these tables but no stancelog `migrations` table.
        case foreign([String])
    }

    /// Reads what the schema holds.
    func state(on connection: PostgresConnection, logger: Logger) async throws -> State {
        let tables = try await connection.query(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = \(schema.name) ORDER BY 1",
            logger: logger
        ).collect().map { try $0.decode(String.self) }
        let schemaExists = try await connection.query(
            "SELECT count(*)::bigint FROM pg_namespace WHERE nspname = \(schema.name)", logger: logger
        ).collect().first?.decode(Int64.self) ?? 0
        guard schemaExists > 0 else { return .missing }
        guard tables.contains("migrations") else { return tables.isEmpty ? .migrated([]) : .foreign(tables) }
        let applied = try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT id FROM \(schema.migrationsTable)"), logger: logger
        ).collect().map { try $0.decode(String.self) }
        return .migrated(Set(applied))
    }

    /// Refuses a schema this stancelog must not write to.
    ///
    /// - Throws: ``StanceLogError`` `notALog` for a schema holding other tables,
    ///   `newerVersion` for one a newer stancelog migrated.
    func requireUsable(_ state: State) throws {
        switch state {
        case .missing: return
        case .foreign(let tables):
            throw StanceLogError(
                .notALog,
                "\(url) has a schema '\(schema.name)' holding the tables \(tables.joined(separator: ", ")) but no stancelog log",
                hint: "pass another schema with ?schema=NAME; stancelog left this schema unchanged")
        case .migrated(let applied):
            let unknown = applied.subtracting(schema.identifiers).sorted()
            guard unknown.isEmpty else {
                throw StanceLogError(
                    .newerVersion,
                    "\(url) was migrated by a newer stancelog (unknown migrations: \(unknown.joined(separator: ", ")))",
                    hint: "upgrade stancelog; this one left the database unchanged")
            }
        }
    }

    /// True when every known migration is applied.
    func isComplete(_ state: State) -> Bool {
        guard case .migrated(let applied) = state else { return false }
        return applied.isSuperset(of: schema.identifiers)
    }

    /// Brings the schema up to date, creating it if needed; returns the migrations it applied.
    ///
    /// - Throws: ``StanceLogError`` as ``requireUsable(_:)``, or from the server (``PostgresFailure``).
    @discardableResult
    func migrate(on connection: PostgresConnection, logger: Logger) async throws -> [String] {
        let before = try await state(on: connection, logger: logger)
        try requireUsable(before)
        guard !isComplete(before) else { return [] }
        return try await PostgresTransaction.run(on: connection, logger: logger) {
            try await connection.query(
                "SELECT pg_advisory_xact_lock(\(Self.lockClass), hashtext(\(schema.name)))", logger: logger)
            let current = try await state(on: connection, logger: logger)
            try requireUsable(current)
            if current == .missing {
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(schema.name)"), logger: logger)
            }
            try await connection.query(
                PostgresQuery(
                    unsafeSQL: """
                        CREATE TABLE IF NOT EXISTS \(schema.migrationsTable) (
                            id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                        """), logger: logger)
            var applied: [String] = []
            let done: Set<String> = if case .migrated(let set) = current { set } else { [] }
            for migration in schema.migrations where !done.contains(migration.identifier) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO \(unescaped: schema.migrationsTable) (id) VALUES (\(migration.identifier))",
                    logger: logger)
                applied.append(migration.identifier)
            }
            return applied
        }
    }

    /// The first key of stancelog's advisory locks (the second is the schema's hash).
    static let lockClass: Int32 = 0x5354_4C47
}
