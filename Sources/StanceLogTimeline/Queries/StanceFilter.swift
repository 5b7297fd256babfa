public import StanceLogCore

/// Which (party, topic) timelines a query covers; an empty set means all.
public struct StanceFilter: Hashable, Sendable {
    public var parties: Set<PartyID>
    public var topics: Set<TopicID>

    public init(parties: Set<PartyID> = [], topics: Set<TopicID> = []) {
        self.parties = parties
        self.topics = topics
    }

    /// Every timeline.
    public static let all = StanceFilter()

    /// True when the timeline of `party` on `topic` passes.
    public func admits(party: PartyID, topic: TopicID) -> Bool {
        (parties.isEmpty || parties.contains(party)) && (topics.isEmpty || topics.contains(topic))
    }
}
