public import StanceLogCore

extension Codebook {
    /// A topic (a polar question) the codebook knows, with the phrases that raise it.
    public struct Topic: Hashable, Sendable, Codable {
        public let id: TopicID
        public let question: String
        /// The party the question is about (`UA`): it is never the holder of a stance
        /// imposed on it ("die Ukraine soll verzichten").
        public let about: PartyID?
        /// Parties whose own forces are not the topic: Russia stationing its troops is no security
        /// guarantee, so a `provide` cue held by them on troops or soldiers gives no statement; and the
        /// guarantees they demand or need (frame `demand`) are for themselves.
        public let notProvidedBy: [PartyID]
        /// Parties that claim what the topic would give up (Russia, for territory): their no to any of
        /// its phrases ("Lawrow lehnte einen Waffenstillstand entlang der Frontlinie ab", "die annektierten
        /// Regionen stehen nicht zur Diskussion") asks for more or keeps what they hold; it refuses no cession.
        public let claimedBy: [PartyID]
        public let cues: [TopicCue]

        public init(
            id: TopicID, question: String, about: PartyID? = nil, notProvidedBy: [PartyID] = [],
            claimedBy: [PartyID] = [], cues: [TopicCue] = []
        ) {
            self.id = id
            self.question = question
            self.about = about
            self.notProvidedBy = notProvidedBy
            self.claimedBy = claimedBy
            self.cues = cues
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(TopicID.self, forKey: .id)
            question = try container.decode(String.self, forKey: .question)
            about = try container.decodeIfPresent(PartyID.self, forKey: .about)
            notProvidedBy = try container.decodeIfPresent([PartyID].self, forKey: .notProvidedBy) ?? []
            claimedBy = try container.decodeIfPresent([PartyID].self, forKey: .claimedBy) ?? []
            cues = try container.decodeIfPresent([TopicCue].self, forKey: .cues) ?? []
        }
    }

    /// A phrase that raises a topic.
    ///
    /// `inverted` cues name the opposite of the polar question ("Grenzen vor 2014",
    /// "territoriale Integrität"): a party that demands them rejects the topic.
    /// A cue with `requires` counts only when one of those patterns occurs in the
    /// same sentence ("Beitritt" needs "Nato" or "Bündnis").
    public struct TopicCue: Hashable, Sendable, Codable {
        public let phrase: String
        public let inverted: Bool
        public let requires: [String]

        public init(phrase: String, inverted: Bool = false, requires: [String] = []) {
            self.phrase = phrase
            self.inverted = inverted
            self.requires = requires
        }

        public init(from decoder: any Decoder) throws {
            if let phrase = try? decoder.singleValueContainer().decode(String.self) {
                self.init(phrase: phrase)
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                phrase: try container.decode(String.self, forKey: .phrase),
                inverted: try container.decodeIfPresent(Bool.self, forKey: .inverted) ?? false,
                requires: try container.decodeIfPresent([String].self, forKey: .requires) ?? [])
        }
    }
}
