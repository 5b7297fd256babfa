import StanceLogCore
import StanceLogSQLite
import StanceLogTimeline

extension StoreOptions {
    /// Opens the log for reading (``openForReading()``) and returns the queries over its caught-up projections.
    ///
    /// - Throws: ``StanceLogError`` `notFound` when there is no log at the path.
    func caughtUpQueries() async throws -> any StanceQuerying {
        try await openForReading().caughtUpQueries()
    }

    /// A note when `asOf` names a point after the last event of `store`; nil otherwise.
    static func beyondEnd(_ asOf: AsOf, in store: any EventStore) async throws -> String? {
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
