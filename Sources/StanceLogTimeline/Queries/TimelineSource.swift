import StanceLogCore

/// What a store must read for ``StanceAnswers`` to answer every query: timelines, their
/// combined points and statement versions, and the text of the evidence shown.
///
/// The SQLite projection reads them from its tables (through its indexes, evidence from
/// the event payloads); ``InMemoryStanceQueries`` from arrays. Assembling the answers
/// (readings, points in date order, diff rows) is then the same code for both.
package protocol TimelineSource {
    /// The timelines that exist (at the source's `asOf`) and pass `filter`, by party then topic.
    func pairs(_ filter: StanceFilter) throws -> [TimelinePair]

    /// The latest point of `pair` at or before `day`; nil when none.
    func latest(_ pair: TimelinePair, through day: Day) throws -> CombinedPoint?

    /// The points of `pair` after `after` (nil: from the start) up to and including `through`
    /// (nil: to the end), in date order, each with the stance of the point before it; at most
    /// `limit` of them (the earliest) when given.
    func points(_ pair: TimelinePair, after: Day?, through: Day?, changesOnly: Bool, limit: Int?) throws
        -> [CombinedPoint]

    /// How many statements of `pair` count after `after` up to and including `through`.
    func statementCount(_ pair: TimelinePair, after: Day, through: Day) throws -> Int

    /// The statement versions of `pair` that count, by date then statement id.
    func members(_ pair: TimelinePair) throws -> [TimelineMember]

    /// The speaker and the joined evidence sentences of `evidence`'s statement as of its version.
    mutating func text(of evidence: PointEvidence) throws -> EvidenceText
}
