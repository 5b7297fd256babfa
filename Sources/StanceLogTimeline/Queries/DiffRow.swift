public import StanceLogCore

/// How one (party, topic) stood at two dates, and what happened in between.
///
/// JSON: `{"party", "topic", "from": StanceReading, "to": StanceReading, "change": int | null,
/// "changed": bool, "statementsBetween": int, "changes": [TimelinePoint]}`. `change` is
/// `to.stance - from.stance` (null when either is unknown); `changes` lists the change points
/// after FROM up to and including TO, so a round trip (+1 → −1 → +1) shows although `change` is 0;
/// `changed` is true when there is at least one (a summary row, ``summarised``, keeps `changed`
/// with an empty `changes`).
public struct DiffRow: Hashable, Sendable, Codable {
    public let party: PartyID
    public let topic: TopicID
    public let from: StanceReading
    public let to: StanceReading
    /// The change points in (FROM, TO], in date order.
    public let changes: [TimelinePoint]
    /// Statements of this timeline dated after FROM up to and including TO.
    public let statementsBetween: Int
    /// True when the stance changed at least once between the two dates.
    public let changed: Bool

    public init(
        party: PartyID, topic: TopicID, from: StanceReading, to: StanceReading, changes: [TimelinePoint],
        statementsBetween: Int
    ) {
        self.party = party
        self.topic = topic
        self.from = from
        self.to = to
        self.changes = changes
        self.statementsBetween = statementsBetween
        changed = !changes.isEmpty
    }

    /// A row without its change list (`diff --summary`): whether the stance moved is given, not listed.
    public init(
        party: PartyID, topic: TopicID, from: StanceReading, to: StanceReading, changed: Bool, statementsBetween: Int
    ) {
        self.party = party
        self.topic = topic
        self.from = from
        self.to = to
        changes = []
        self.statementsBetween = statementsBetween
        self.changed = changed
    }

    /// `to - from` on the stance scale; nil when either end is unknown.
    public var change: Int? {
        guard let before = from.stance, let after = to.stance else { return nil }
        return after.value - before.value
    }

    enum CodingKeys: String, CodingKey {
        case party, topic, from, to, change, changed, statementsBetween, changes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        party = try container.decode(PartyID.self, forKey: .party)
        topic = try container.decode(TopicID.self, forKey: .topic)
        from = try container.decode(StanceReading.self, forKey: .from)
        to = try container.decode(StanceReading.self, forKey: .to)
        changes = try container.decode([TimelinePoint].self, forKey: .changes)
        statementsBetween = try container.decode(Int.self, forKey: .statementsBetween)
        changed = try container.decodeIfPresent(Bool.self, forKey: .changed) ?? !changes.isEmpty
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(party, forKey: .party)
        try container.encode(topic, forKey: .topic)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(change, forKey: .change)
        try container.encode(changed, forKey: .changed)
        try container.encode(statementsBetween, forKey: .statementsBetween)
        try container.encode(changes, forKey: .changes)
    }
}
