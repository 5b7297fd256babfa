package import GRDB
public import StanceLogCore
public import StanceLogTimeline

/// The stance queries of a SQLite log, read from its stance timeline projection.
///
/// Run ``ProjectionEngine/catchUp()`` first (``LogDatabase/caughtUpQueries()`` does).
/// Without `asOf` a query reads the materialised points through their primary
/// key; with `asOf` it combines the statement versions alive at that sequence
/// number through `statement_versions_by_pair`. Evidence text is loaded only for
/// the rows returned. The answers are assembled by the same code as every other
/// ``StanceQuerying`` implementation.
public struct StanceQueries: StanceQuerying {
    /// The connection (a test hook outside this module).
    package let database: any DatabaseReader

    package init(database: any DatabaseReader) {
        self.database = database
    }

    /// Reads the projections kept in an opened SQLite log.
    public init(store: SQLiteEventStore) {
        self.init(database: store.database)
    }

    public func sequence(at asOf: AsOf) async throws -> Int64 {
        switch asOf {
        case .sequence(let sequence):
            return try StanceAnswers.requireValid(sequence: sequence)
        case .recorded(let time):
            return try await read { db in
                try Int64.fetchOne(
                    db,
                    sql: """
                        SELECT seq FROM events WHERE recorded_at <= ?
                        ORDER BY recorded_at DESC, seq DESC LIMIT 1
                        """,
                    arguments: [time.milliseconds]) ?? 0
            }
        }
    }

    public func state(at date: PartialDate, asOf: AsOf?, filter: StanceFilter) async throws -> [StateCell] {
        let cutoff = try await resolve(asOf)
        return try await read { db in
            var reader = try Self.reader(db, asOf: cutoff)
            return try StanceAnswers.state(at: date, filter: filter, from: &reader)
        }
    }

    public func timeline(filter: StanceFilter, asOf: AsOf?, changesOnly: Bool) async throws -> [TimelinePoint] {
        try await timeline(filter: filter, asOf: asOf, changesOnly: changesOnly, window: .all)
    }

    public func timeline(filter: StanceFilter, asOf: AsOf?, changesOnly: Bool, window: TimelineWindow) async throws
        -> [TimelinePoint]
    {
        let cutoff = try await resolve(asOf)
        return try await read { db in
            var reader = try Self.reader(db, asOf: cutoff)
            return try StanceAnswers.timeline(filter: filter, changesOnly: changesOnly, window: window, from: &reader)
        }
    }

    public func statements(party: PartyID, topic: TopicID, asOf: AsOf?) async throws -> [StatementRecord] {
        let cutoff = try await resolve(asOf)
        return try await read { db in
            var reader = try Self.reader(db, asOf: cutoff)
            return try StanceAnswers.statements(party: party, topic: topic, from: &reader)
        }
    }

    public func diff(from: PartialDate, to: PartialDate, asOf: AsOf?, filter: StanceFilter) async throws -> [DiffRow] {
        try StanceAnswers.requireOrdered(from: from, to: to)
        let cutoff = try await resolve(asOf)
        return try await read { db in
            var reader = try Self.reader(db, asOf: cutoff)
            return try StanceAnswers.diff(from: from, to: to, filter: filter, from: &reader)
        }
    }

    public func diffSummary(from: PartialDate, to: PartialDate, asOf: AsOf?, filter: StanceFilter) async throws
        -> [DiffRow]
    {
        try StanceAnswers.requireOrdered(from: from, to: to)
        let cutoff = try await resolve(asOf)
        return try await read { db in
            var reader = try Self.reader(db, asOf: cutoff)
            return try StanceAnswers.diff(from: from, to: to, filter: filter, summary: true, from: &reader)
        }
    }

    func resolve(_ asOf: AsOf?) async throws -> Int64? {
        guard let asOf else { return nil }
        return try await sequence(at: asOf)
    }

    /// A reader that uses the materialised points whenever `asOf` covers everything folded.
    private static func reader(_ db: Database, asOf: Int64?) throws -> PointReader {
        guard let asOf else { return PointReader(db: db, asOf: nil) }
        let checkpoint =
            try Int64.fetchOne(
                db, sql: "SELECT seq FROM projection_checkpoints WHERE name = ?",
                arguments: [StanceTimelineProjection.projectionName]) ?? 0
        return PointReader(db: db, asOf: asOf >= checkpoint ? nil : asOf)
    }

    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        try await withStorageErrors(
            "cannot read the projections of \(database.path)", hint: "run `stancelog replay` to rebuild them",
            database: database.path
        ) {
            try await database.read(body)
        }
    }
}
