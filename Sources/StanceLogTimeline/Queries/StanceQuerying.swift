public import StanceLogCore

/// The questions stancelog answers about stances over time, whatever keeps the timelines.
///
/// The report and the command line ask through this protocol only. The SQLite
/// log answers it from its projections (`StanceQueries` in `StanceLogSQLite`);
/// ``InMemoryStanceQueries`` answers it from a list of statement versions, for
/// tests of everything above the storage. Both apply the same rules
/// (``StanceCombiner``): a statement counts at the end of its period, statements at
/// one day combine, and `asOf` keeps the versions alive after that event.
///
/// The overloads in the extension supply the usual defaults: no `asOf` (everything
/// recorded), ``StanceFilter/all``, change points only.
public protocol StanceQuerying: Sendable {
    /// The last sequence number recorded at `asOf`: itself for a sequence number, the
    /// last event recorded at or before the time otherwise (0 when none).
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` for a negative sequence number.
    func sequence(at asOf: AsOf) async throws -> Int64

    /// The party × topic matrix at `date` (at the end of its period), one cell per
    /// timeline known at `asOf` that passes `filter`, with a nil stance where none is known yet.
    func state(at date: PartialDate, asOf: AsOf?, filter: StanceFilter) async throws -> [StateCell]

    /// The points of every timeline that passes `filter`, in date order (then party,
    /// topic): the change points only, or with `changesOnly` false every combined point.
    func timeline(filter: StanceFilter, asOf: AsOf?, changesOnly: Bool) async throws -> [TimelinePoint]

    /// Every statement that counts in one timeline (corrections applied), by date then statement id.
    func statements(party: PartyID, topic: TopicID, asOf: AsOf?) async throws -> [StatementRecord]

    /// For every timeline that passes `filter` and has a stance by `to`: the stance at
    /// `from` and at `to` (ends of their periods), the change points between, and
    /// how many statements lie between.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` when `from` ends after `to`.
    func diff(from: PartialDate, to: PartialDate, asOf: AsOf?, filter: StanceFilter) async throws -> [DiffRow]

    /// The points of ``timeline(filter:asOf:changesOnly:)`` inside `window`: those counting between
    /// its dates, the earliest `window.limit` of them (in the same order).
    func timeline(filter: StanceFilter, asOf: AsOf?, changesOnly: Bool, window: TimelineWindow) async throws
        -> [TimelinePoint]

    /// ``diff(from:to:asOf:filter:)`` without the list of change points: each row's `changes` is
    /// empty, `changed` still tells whether the stance moved between the dates, and the ends and
    /// `statementsBetween` are those of the full diff (`diff --summary`).
    func diffSummary(from: PartialDate, to: PartialDate, asOf: AsOf?, filter: StanceFilter) async throws -> [DiffRow]

    /// The articles in the log (at `asOf`), by publication date, with how many of their statements count.
    func articles(asOf: AsOf?) async throws -> [CatalogArticle]

    /// The articles among `ids` that are in the log at `asOf`, in no particular order: what the
    /// JSON and CSV answers name of their sources, read without the rest of the catalog.
    func sources(of ids: Set<ArticleID>, asOf: AsOf?) async throws -> [ArticleSource]

    /// The catalog entry of one article at `asOf` (nil when it is not in the log then), as
    /// ``articles(asOf:)`` lists it.
    func article(_ id: ArticleID, asOf: AsOf?) async throws -> CatalogArticle?
}

extension StanceQuerying {
    /// Filters the whole timeline: correct for any implementation; the SQLite projection reads only the window.
    public func timeline(filter: StanceFilter, asOf: AsOf?, changesOnly: Bool, window: TimelineWindow) async throws
        -> [TimelinePoint]
    {
        let points = try await timeline(filter: filter, asOf: asOf, changesOnly: changesOnly).filter(window.admits)
        return Array(points.prefix(window.limit ?? .max))
    }

    /// Drops the full diff's change lists, keeping `changed`.
    public func diffSummary(from: PartialDate, to: PartialDate, asOf: AsOf?, filter: StanceFilter) async throws
        -> [DiffRow]
    {
        try await diff(from: from, to: to, asOf: asOf, filter: filter).map { $0.summarised }
    }

    /// The matrix at `date` over every timeline, from everything recorded.
    public func state(at date: PartialDate) async throws -> [StateCell] {
        try await state(at: date, asOf: nil, filter: .all)
    }

    /// The matrix at `date` over every timeline, as the log knew it at `asOf`.
    public func state(at date: PartialDate, asOf: AsOf?) async throws -> [StateCell] {
        try await state(at: date, asOf: asOf, filter: .all)
    }

    /// The matrix at `date` over the timelines that pass `filter`, from everything recorded.
    public func state(at date: PartialDate, filter: StanceFilter) async throws -> [StateCell] {
        try await state(at: date, asOf: nil, filter: filter)
    }

    /// The change points (or every point) of every timeline, from everything recorded.
    public func timeline(changesOnly: Bool = true) async throws -> [TimelinePoint] {
        try await timeline(filter: .all, asOf: nil, changesOnly: changesOnly)
    }

    /// The change points of the timelines that pass `filter`.
    public func timeline(filter: StanceFilter, asOf: AsOf? = nil) async throws -> [TimelinePoint] {
        try await timeline(filter: filter, asOf: asOf, changesOnly: true)
    }

    /// The change points of one timeline, in date order.
    public func timeline(party: PartyID, topic: TopicID, asOf: AsOf? = nil) async throws -> [TimelinePoint] {
        try await timeline(filter: StanceFilter(parties: [party], topics: [topic]), asOf: asOf, changesOnly: true)
    }

    /// Every statement that counts in one timeline now.
    public func statements(party: PartyID, topic: TopicID) async throws -> [StatementRecord] {
        try await statements(party: party, topic: topic, asOf: nil)
    }

    /// The diff between two dates over every timeline, from everything recorded.
    public func diff(from: PartialDate, to: PartialDate) async throws -> [DiffRow] {
        try await diff(from: from, to: to, asOf: nil, filter: .all)
    }

    /// The diff between two dates over every timeline, as the log knew it at `asOf`.
    public func diff(from: PartialDate, to: PartialDate, asOf: AsOf?) async throws -> [DiffRow] {
        try await diff(from: from, to: to, asOf: asOf, filter: .all)
    }

    /// The diff between two dates over the timelines that pass `filter`.
    public func diff(from: PartialDate, to: PartialDate, filter: StanceFilter) async throws -> [DiffRow] {
        try await diff(from: from, to: to, asOf: nil, filter: filter)
    }

    /// The articles in the log now.
    public func articles() async throws -> [CatalogArticle] {
        try await articles(asOf: nil)
    }

    /// Filters the whole catalog: correct for any implementation; the SQLite projection reads only `ids`.
    public func sources(of ids: Set<ArticleID>, asOf: AsOf?) async throws -> [ArticleSource] {
        guard !ids.isEmpty else { return [] }
        return try await articles(asOf: asOf).filter { ids.contains($0.id) }.map(\.source)
    }

    /// Searches the whole catalog: correct for any implementation; the SQLite projection reads one row.
    public func article(_ id: ArticleID, asOf: AsOf?) async throws -> CatalogArticle? {
        try await articles(asOf: asOf).first { $0.id == id }
    }
}
