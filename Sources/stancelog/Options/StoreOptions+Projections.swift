import StanceLogCore
import StanceLogProjections
import StanceLogSQLite

extension StoreOptions {
    /// Opens the log, brings the projections up to date with it, and returns the queries over them.
    ///
    /// - Throws: ``StanceLogError`` `notFound` when there is no log at the path.
    func caughtUpQueries() async throws -> StanceQueries {
        let store = try openSQLite()
        try await ProjectionEngine(store: store).catchUp()
        return StanceQueries(store: store)
    }

    /// The caught-up queries and the resolved filter of a query command; says on standard
    /// error when `--as-of` lies beyond the end of the log.
    ///
    /// - Throws: ``StanceLogError`` `notFound` when there is no log, `invalidInput` for an unknown party or topic.
    func caughtUpQueries(for query: QueryOptions) async throws -> (queries: StanceQueries, filter: StanceFilter) {
        let store = try openSQLite()
        try await ProjectionEngine(store: store).catchUp()
        let queries = StanceQueries(store: store)
        let filter = try await query.resolvedFilter(in: queries)
        if let asOf = query.asOf, let note = try await Self.beyondEnd(asOf, in: store) { printError(note) }
        return (queries, filter)
    }

    /// A note when `asOf` names a point after the last event; nil otherwise.
    static func beyondEnd(_ asOf: AsOf, in store: SQLiteEventStore) async throws -> String? {
        let last = try await store.lastPosition()
        switch asOf {
        case .sequence(let sequence):
            guard sequence > last else { return nil }
            return "note: --as-of \(sequence) is beyond the end of the log (last event \(last)); "
                + "the answer covers the whole log"
        case .recorded(let time):
            guard let event = try await store.read(EventQuery(fromSequence: last, limit: 1)).first,
                time > event.recordedAt
            else { return nil }
            return "note: --as-of \(time.iso8601) is after the last event (\(last), recorded \(event.recordedAt.iso8601)); "
                + "the answer covers the whole log"
        }
    }
}
