public import StanceLogCore
import StanceLogTimeline

/// Every event about one statement, including the curation carried over to it or from it.
///
/// Its own events (stated, corrected, retracted), then the retractions and corrections
/// of other extracted statements of its article that cover its claim (they keep it
/// from counting, ``CurationCarryOver``) and, for a curated statement, the
/// re-extracted statements its curation covers.
public struct StatementHistory: Sendable {
    public let store: any EventStore

    public init(store: any EventStore) {
        self.store = store
    }

    /// The events in sequence order.
    ///
    /// - Throws: ``StanceLogError`` `notFound` when the log holds no such statement.
    public func events(about id: StatementID) async throws -> [RecordedEvent] {
        let own = try await store.read(EventQuery(statementID: id))
        guard let stated = own.first(where: { $0.type == .positionStated }) else {
            throw StanceLogError(
                .notFound, "no statement \(id) in the log",
                hint: "list statement ids with `stancelog log --type PositionStated`")
        }
        let stream = try await store.readStream(stated.stream)
        let article = try ArticleStatements(stream: stream)
        guard let subject = article.statements[id], subject.extraction != nil else { return own }
        var related: Set<StatementID> = []
        for other in article.statements.values where other.stated.statementID != id && other.extraction != nil {
            if (other.corrected || other.retracted), other.curation.covers(subject.extractedClaim) {
                related.insert(other.stated.statementID)
            }
            if subject.corrected || subject.retracted, subject.curation.covers(other.extractedClaim) {
                related.insert(other.stated.statementID)
            }
        }
        let ownSequences = Set(own.map(\.sequence))
        let carried = stream.filter {
            guard let statement = $0.index.statementID, related.contains(statement) else { return false }
            let curating = $0.type == .statementCorrected || $0.type == .statementRetracted
            let covered = subject.corrected || subject.retracted
            return curating || (covered && $0.type == .positionStated)
        }
        return (own + carried.filter { !ownSequences.contains($0.sequence) }).sorted { $0.sequence < $1.sequence }
    }
}
