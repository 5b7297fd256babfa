/// One (party, topic) timeline, by the raw ids the projection tables store.
package struct TimelinePair: Hashable, Sendable, Comparable {
    package let party: String
    package let topic: String

    package init(party: String, topic: String) {
        self.party = party
        self.topic = topic
    }

    package static func < (lhs: TimelinePair, rhs: TimelinePair) -> Bool {
        (lhs.party, lhs.topic) < (rhs.party, rhs.topic)
    }
}
