public import StanceLogCore

/// One cell of the party × topic matrix at a date: the stance and its latest evidence.
///
/// JSON: the keys of ``StanceReading`` plus `party` and `topic`, in one object.
public struct StateCell: Hashable, Sendable, Codable {
    public let party: PartyID
    public let topic: TopicID
    public let reading: StanceReading

    public init(party: PartyID, topic: TopicID, reading: StanceReading) {
        self.party = party
        self.topic = topic
        self.reading = reading
    }

    enum CodingKeys: String, CodingKey {
        case party, topic
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        party = try container.decode(PartyID.self, forKey: .party)
        topic = try container.decode(TopicID.self, forKey: .topic)
        reading = try StanceReading(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(party, forKey: .party)
        try container.encode(topic, forKey: .topic)
        try reading.encode(to: encoder)
    }
}
