public import StanceLogCore

/// What scoring compares: party, topic and the sign of the stance, within one article.
public struct ScoreTuple: Hashable, Sendable, Codable, Comparable {
    public let article: String
    public let party: PartyID
    public let topic: TopicID
    /// −1, 0 or +1.
    public let sign: Int

    public init(article: String, party: PartyID, topic: TopicID, sign: Int) {
        self.article = article
        self.party = party
        self.topic = topic
        self.sign = sign
    }

    public static func < (lhs: ScoreTuple, rhs: ScoreTuple) -> Bool {
        (lhs.article, lhs.party.rawValue, lhs.topic.rawValue, lhs.sign)
            < (rhs.article, rhs.party.rawValue, rhs.topic.rawValue, rhs.sign)
    }
}
