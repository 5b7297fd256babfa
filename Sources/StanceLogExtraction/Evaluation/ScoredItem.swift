/// A false positive or false negative, with the sentence that shows it.
public struct ScoredItem: Hashable, Sendable, Codable {
    public let article: String
    public let party: String
    public let topic: String
    public let stance: Int
    public let sentence: String

    public init(article: String, party: String, topic: String, stance: Int, sentence: String) {
        self.article = article
        self.party = party
        self.topic = topic
        self.stance = stance
        self.sentence = sentence
    }
}
