public import StanceLogCore

extension Codebook {
    /// A word or phrase by which a party takes a stance, with its direction and strength.
    ///
    /// `phrase` is matched token by token; `particle` is the separable part of a
    /// verb that must follow in the same clause (`lehnt … ab`). `kind` tells where
    /// the holder stands: `predicate` (the clause's subject or speaker),
    /// `noun` (a genitive beside it: "Kernforderung Kiews", "Absage der USA"),
    /// `participle` (a `von` phrase before it: "die von Kiew geforderte"),
    /// `preposition` (a phrase that governs only the topic right after it, "im
    /// Gegenzug für Sicherheitsgarantien"; the holder follows that topic).
    /// `weight` breaks ties between cues in one clause; `passive` marks a demand
    /// whose grammatical subject is the one asked ("wird aufgefordert").
    /// `agreement` marks an accord ("geeinigt", "vereinbart"): with an impersonal or
    /// reciprocal subject ("man", "beide Seiten") every negotiating party named just
    /// before holds it. `offer` marks an offer ("angeboten", "im Gegenzug für"): the
    /// provider named by `durch`/`von`/`seitens` holds it. `withdrawal` marks leaving a place
    /// ("abziehen", "räumen"): done by a party other than the one the topic is about (Russia
    /// withdrawing its troops), it answers the topic's question the other way.
    ///
    /// A cue may name a verb by its lemma instead of a phrase (`"verb": "ablehnen"`): it then
    /// matches every form in `verb-forms.tsv`, the separable ones with their particle later in
    /// the clause ("lehnt … ab") or joined at the end of a subordinate clause ("ablehnt").
    public struct StanceCue: Hashable, Sendable, Codable {
        public enum Kind: String, Hashable, Sendable, Codable {
            case predicate, noun, participle, preposition
        }

        public let phrase: String
        public let stance: Int
        public let kind: Kind
        public let particle: String?
        public let weight: Int
        public let passive: Bool
        public let agreement: Bool
        public let offer: Bool
        public let withdrawal: Bool
        public let requires: [String]
        /// The topics the cue speaks about; empty for every topic. "verzichten auf" rejects a
        /// membership but cedes land, so the codebook lists it twice, once per topic.
        public let topics: [TopicID]
        /// The lemma of a verb whose forms the cue matches, instead of `phrase` alone.
        public let verb: String?

        public init(
            phrase: String, stance: Int, kind: Kind = .predicate, particle: String? = nil, weight: Int = 1,
            passive: Bool = false, agreement: Bool = false, offer: Bool = false, withdrawal: Bool = false,
            requires: [String] = [], topics: [TopicID] = [], verb: String? = nil
        ) {
            self.phrase = phrase
            self.stance = stance
            self.kind = kind
            self.particle = particle
            self.weight = weight
            self.passive = passive
            self.agreement = agreement
            self.offer = offer
            self.withdrawal = withdrawal
            self.requires = requires
            self.topics = topics
            self.verb = verb
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            verb = try container.decodeIfPresent(String.self, forKey: .verb)
            if let verb, !container.contains(.phrase) {
                phrase = verb
            } else {
                phrase = try container.decode(String.self, forKey: .phrase)
            }
            stance = try container.decode(Int.self, forKey: .stance)
            kind = try container.decodeIfPresent(Kind.self, forKey: .kind) ?? .predicate
            particle = try container.decodeIfPresent(String.self, forKey: .particle)
            weight = try container.decodeIfPresent(Int.self, forKey: .weight) ?? 1
            passive = try container.decodeIfPresent(Bool.self, forKey: .passive) ?? false
            agreement = try container.decodeIfPresent(Bool.self, forKey: .agreement) ?? false
            offer = try container.decodeIfPresent(Bool.self, forKey: .offer) ?? false
            withdrawal = try container.decodeIfPresent(Bool.self, forKey: .withdrawal) ?? false
            requires = try container.decodeIfPresent([String].self, forKey: .requires) ?? []
            topics = try container.decodeIfPresent([TopicID].self, forKey: .topics) ?? []
        }
    }
}
