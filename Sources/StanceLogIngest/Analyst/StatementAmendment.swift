public import StanceLogCore

/// The fields an analyst changes with `stancelog correct`; nil keeps the statement's value.
public struct StatementAmendment: Hashable, Sendable {
    public var party: PartyID?
    public var topic: TopicID?
    public var stance: Stance?
    public var attribution: Attribution?
    public var speaker: String?
    public var evidence: String?
    public var validDate: PartialDate?
    public var reason: String

    public init(
        party: PartyID? = nil, topic: TopicID? = nil, stance: Stance? = nil, attribution: Attribution? = nil,
        speaker: String? = nil, evidence: String? = nil, validDate: PartialDate? = nil, reason: String
    ) {
        self.party = party
        self.topic = topic
        self.stance = stance
        self.attribution = attribution
        self.speaker = speaker
        self.evidence = evidence
        self.validDate = validDate
        self.reason = reason
    }

    /// True when nothing would change.
    public var isEmpty: Bool {
        party == nil && topic == nil && stance == nil && attribution == nil && speaker == nil && evidence == nil
            && validDate == nil
    }
}
