public import StanceLogCore

extension Codebook {
    /// A party the codebook knows, with the words that name it.
    ///
    /// `aliases` are place and institution names whose article `der` marks a
    /// genitive or dative (`der Ukraine`); `people` are persons and masculine
    /// titles that can be a subject after `der` (`der Kreml`, `Kremlchef`).
    /// `genitives` name the party as a possessor (`Kiews`, `Selenskyjs`);
    /// `adjectives` combine with a role noun (`russische Präsident`).
    public struct Party: Hashable, Sendable, Codable {
        public let id: PartyID
        public let name: String
        public let aliases: [String]
        public let people: [String]
        public let genitives: [String]
        public let adjectives: [String]
        /// Phrases that look like the party but are not it (`US-Sender`, `US-Experten`).
        public let excluded: [String]

        public init(
            id: PartyID, name: String, aliases: [String] = [], people: [String] = [], genitives: [String] = [],
            adjectives: [String] = [], excluded: [String] = []
        ) {
            self.id = id
            self.name = name
            self.aliases = aliases
            self.people = people
            self.genitives = genitives
            self.adjectives = adjectives
            self.excluded = excluded
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(PartyID.self, forKey: .id)
            name = try container.decode(String.self, forKey: .name)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
            people = try container.decodeIfPresent([String].self, forKey: .people) ?? []
            genitives = try container.decodeIfPresent([String].self, forKey: .genitives) ?? []
            adjectives = try container.decodeIfPresent([String].self, forKey: .adjectives) ?? []
            excluded = try container.decodeIfPresent([String].self, forKey: .excluded) ?? []
        }
    }
}
