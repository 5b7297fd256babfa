extension Codebook {
    /// Words that tie an impersonal agreement ("man habe sich geeinigt") to the
    /// parties of the talks the article reports.
    ///
    /// An `agreement` stance cue whose clause has one of `subjects` as its subject is
    /// held by every party named as a participant in the sentences just before:
    /// those with one of `talks` ("Gespräche", "Delegation") or a reciprocal subject,
    /// walking back at most `window` sentences until two parties are found.
    public struct Negotiation: Hashable, Sendable, Codable {
        /// Impersonal or reciprocal subjects: `man`, `beide Seiten`, `die Delegationen`.
        public let subjects: [String]
        /// Words that make a sentence report talks: `Gespräch*`, `Verhandlung*`, `Unterhändler*`.
        public let talks: [String]
        /// How many sentences before the agreement may name its parties.
        public let window: Int

        public init(subjects: [String] = [], talks: [String] = [], window: Int = 0) {
            self.subjects = subjects
            self.talks = talks
            self.window = window
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            subjects = try container.decodeIfPresent([String].self, forKey: .subjects) ?? []
            talks = try container.decodeIfPresent([String].self, forKey: .talks) ?? []
            window = try container.decodeIfPresent(Int.self, forKey: .window) ?? 0
        }
    }
}
