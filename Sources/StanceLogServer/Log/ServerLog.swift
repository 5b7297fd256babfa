public import StanceLogCore
public import StanceLogSQLite
public import StanceLogTimeline

/// The log a server answers from and writes to.
///
/// Reads go to an SQLite log: the file itself, or for a team log its local mirror.
/// Writes go to ``writer``: the same file, or the team's PostgreSQL log, after which
/// the mirror pulls what was written. The projections are caught up before a query
/// whenever the log grew, once however many requests ask at the same time, so a
/// query never answers from a log older than the one it saw.
public actor ServerLog {
    /// The SQLite log the queries read: the file, or the mirror of ``source``.
    public let database: LogDatabase
    /// Where writes go.
    public let writer: any EventStore
    /// The team log that ``database`` mirrors, nil for a file.
    public let source: (any EventStore)?

    private var engine: ProjectionEngine?
    private var foldedUpTo: Int64 = -1
    private var folding: Task<Void, any Error>?
    private var pulling: Task<Void, any Error>?

    /// - Parameters:
    ///   - database: the SQLite log to read.
    ///   - writer: where writes go; default: `database`'s own store, or `source` when mirroring.
    ///   - source: the team log `database` mirrors, nil for a plain file.
    public init(database: LogDatabase, writer: (any EventStore)? = nil, mirroring source: (any EventStore)? = nil) {
        self.database = database
        self.source = source
        self.writer = writer ?? source ?? database.store
    }

    /// The event store the server reads events from (the file or the mirror).
    public nonisolated var reader: any EventStore { database.store }

    /// The queries, over projections that have folded every event the log held on entry.
    ///
    /// - Throws: ``StanceLogError`` `storage` when the projections cannot be read or caught up.
    public func queries() async throws -> any StanceQuerying {
        let last = try await database.store.lastPosition()
        while foldedUpTo < last {
            if let folding {
                try await folding.value
                continue
            }
            let engine = try self.engine ?? database.projections()
            self.engine = engine
            let task = Task { _ = try await engine.catchUp() }
            folding = task
            defer { folding = nil }
            try await task.value
            foldedUpTo = max(foldedUpTo, last)
        }
        return StanceQueries(store: database.store)
    }

    /// The last event's sequence number and hash (0 and the genesis hash for an empty log).
    public func head() async throws -> ExportTrailer {
        let last = try await database.store.lastPosition()
        let event = last > 0 ? try await database.store.read(EventQuery(fromSequence: last, limit: 1)).first : nil
        return ExportTrailer(last: event)
    }

    /// Brings the mirror up to date with the team log; does nothing for a file.
    ///
    /// Concurrent calls pull one after the other, so each sees what was written before it began.
    ///
    /// - Throws: ``StanceLogError`` `chainBroken` when the team log's history disagrees with the mirror,
    ///   `storage` when either cannot be read.
    public func pull() async throws {
        guard let source else { return }
        while let running = pulling { _ = try? await running.value }
        let mirror = LogMirror(source: source, mirror: database.store)
        let task = Task { _ = try await mirror.pull() }
        pulling = task
        defer { pulling = nil }
        try await task.value
    }
}
