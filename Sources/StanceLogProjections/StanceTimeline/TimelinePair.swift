/// One (party, topic) timeline, by the raw ids stored in the projection tables.
struct TimelinePair: Hashable, Sendable, Comparable {
    let party: String
    let topic: String

    static func < (lhs: TimelinePair, rhs: TimelinePair) -> Bool {
        (lhs.party, lhs.topic) < (rhs.party, rhs.topic)
    }
}
