public import GRDB
public import StanceLogCore
public import StanceLogSQLite

/// The questions stancelog answers, read from the stance timeline projection.
///
/// Run ``ProjectionEngine/catchUp()`` first (the CLI does before every query).
/// Without `asOf` a query reads the materialised points through their primary
/// key; with `asOf` it combines the statement versions alive at that sequence
/// number through `statement_versions_by_pair`. Evidence text is loaded only for
/// the rows returned.
public struct StanceQueries: Sendable {
    public let database: any DatabaseReader

    public init(database: any DatabaseReader) {
        self.database = database
    }

    /// Reads the projections kept in an opened SQLite log.
    public init(store: SQLiteEventStore) {
        self.init(database: store.database)
    }

    /// The last sequence number recorded at `asOf`: itself for a sequence number, the
    /// last event recorded at or before the time otherwise (0 when none).
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` for a negative sequence number.
    public func sequence(at asOf: AsOf) async throws -> Int64 {
        switch asOf {
        case .sequence(let sequence):
            guard sequence >= 0 else {
                throw StanceLogError(
                    .invalidInput, "--as-of \(sequence) is negative", hint: "give a sequence number from 0 upward")
            }
            return sequence
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

    /// The party × topic matrix at `date` (at the end of its period), one cell per
    /// timeline, with a nil stance where none is known yet.
    public func state(at date: PartialDate, asOf: AsOf? = nil, filter: StanceFilter = .all) async throws
        -> [StateCell]
    {
        let cutoff = try await resolve(asOf)
        return try await read { db in
            let reader = try Self.reader(db, asOf: cutoff)
            var loader = EvidenceLoader(db: db)
            return try reader.pairs(filter).map { pair in
                let point = try reader.latest(pair, through: date.endDay)
                return StateCell(
                    party: PartyID(pair.party), topic: TopicID(pair.topic),
                    reading: try Self.reading(point, loader: &loader))
            }
        }
    }

    /// The change points of every timeline that passes `filter`, in date order
    /// (then party, topic); with `changesOnly` false, every combined point.
    public func timeline(filter: StanceFilter = .all, asOf: AsOf? = nil, changesOnly: Bool = true) async throws
        -> [TimelinePoint]
    {
        let cutoff = try await resolve(asOf)
        return try await read { db in
            let reader = try Self.reader(db, asOf: cutoff)
            var loader = EvidenceLoader(db: db)
            var points: [(Int, TimelinePoint)] = []
            for pair in try reader.pairs(filter) {
                for point in try reader.points(pair, changesOnly: changesOnly) {
                    points.append((point.validEnd, try Self.timelinePoint(point, of: pair, loader: &loader)))
                }
            }
            return points.sorted { lhs, rhs in
                if lhs.0 != rhs.0 { return lhs.0 < rhs.0 }
                return (lhs.1.party, lhs.1.topic) < (rhs.1.party, rhs.1.topic)
            }.map(\.1)
        }
    }

    /// The change points of one timeline, in date order.
    public func timeline(party: PartyID, topic: TopicID, asOf: AsOf? = nil) async throws -> [TimelinePoint] {
        try await timeline(filter: StanceFilter(parties: [party], topics: [topic]), asOf: asOf)
    }

    /// Every statement that counts in one timeline (corrections applied), by date then statement id.
    public func statements(party: PartyID, topic: TopicID, asOf: AsOf? = nil) async throws -> [StatementRecord] {
        let cutoff = try await resolve(asOf)
        return try await read { db in
            let reader = try Self.reader(db, asOf: cutoff)
            var loader = EvidenceLoader(db: db)
            let pair = TimelinePair(party: party.rawValue, topic: topic.rawValue)
            return try reader.members(pair, after: 0, through: 99_999_999).map { member in
                let text = try loader.load(PointEvidence(member))
                return StatementRecord(
                    statementID: member.statementID, article: member.articleID, party: party, topic: topic,
                    stance: try Self.stance(member.stance), attribution: member.attribution,
                    date: try Self.date(member.validDate), speaker: text.speaker, evidence: text.evidence,
                    reviewed: member.reviewed, sequence: member.fromSeq)
            }
        }
    }

    /// For every timeline that passes `filter` and has a stance by `to`: the stance at
    /// `from` and at `to` (ends of their periods), the change points between, and
    /// how many statements lie between.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` when `from` ends after `to`.
    public func diff(from: PartialDate, to: PartialDate, asOf: AsOf? = nil, filter: StanceFilter = .all)
        async throws -> [DiffRow]
    {
        guard from.endDay <= to.endDay else {
            throw StanceLogError(
                .invalidInput, "FROM \(from) is after TO \(to)", hint: "give the earlier date first: diff \(to) \(from)")
        }
        let cutoff = try await resolve(asOf)
        return try await read { db in
            let reader = try Self.reader(db, asOf: cutoff)
            var loader = EvidenceLoader(db: db)
            var rows: [DiffRow] = []
            for pair in try reader.pairs(filter) {
                guard let end = try reader.latest(pair, through: to.endDay) else { continue }
                let start = try reader.latest(pair, through: from.endDay)
                let changes = try reader.points(pair, after: from.endDay, through: to.endDay, changesOnly: true)
                rows.append(
                    DiffRow(
                        party: PartyID(pair.party), topic: TopicID(pair.topic),
                        from: try Self.reading(start, loader: &loader), to: try Self.reading(end, loader: &loader),
                        changes: try changes.map { try Self.timelinePoint($0, of: pair, loader: &loader) },
                        statementsBetween: try reader.statementCount(
                            pair, after: from.endDay, through: to.endDay, ends: (start, end))))
            }
            return rows
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

    private static func reading(_ point: CombinedPoint?, loader: inout EvidenceLoader) throws -> StanceReading {
        guard let point else { return .unknown }
        let text = try loader.load(point.evidence)
        return StanceReading(
            stance: try stance(point.stance), date: try date(point.evidence.validDate), evidence: text.evidence,
            article: point.evidence.articleID, statementID: point.evidence.statementID, speaker: text.speaker,
            attribution: point.evidence.attribution, statements: point.statements)
    }

    private static func timelinePoint(_ point: CombinedPoint, of pair: TimelinePair, loader: inout EvidenceLoader)
        throws -> TimelinePoint
    {
        let text = try loader.load(point.evidence)
        return TimelinePoint(
            party: PartyID(pair.party), topic: TopicID(pair.topic), date: try date(point.evidence.validDate),
            stance: try stance(point.stance), previous: try point.previousStance.map(stance), evidence: text.evidence,
            article: point.evidence.articleID, statementID: point.evidence.statementID, speaker: text.speaker,
            attribution: point.evidence.attribution, statements: point.statements)
    }

    private static func stance(_ value: Int) throws -> Stance {
        guard let stance = Stance(value) else { throw corrupt("stance \(value) outside -2...2") }
        return stance
    }

    private static func date(_ text: String) throws -> PartialDate {
        guard let date = PartialDate(text) else { throw corrupt("malformed date '\(text)'") }
        return date
    }

    private static func corrupt(_ what: String) -> StanceLogError {
        StanceLogError(
            .corruptEvent, "the stance timeline holds a \(what)", hint: "rebuild it with `stancelog replay`")
    }

    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        try await withStorageErrors("cannot read the projections", hint: "run `stancelog replay` to rebuild them") {
            try await database.read(body)
        }
    }
}
