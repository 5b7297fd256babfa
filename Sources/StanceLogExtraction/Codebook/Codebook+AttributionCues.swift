extension Codebook {
    /// Words that tell how directly an article ties a stance to its party.
    public struct AttributionCues: Hashable, Sendable, Codable {
        /// Verbs of saying (`sagte`, `betonte`): the subject or the name after them is the speaker.
        public let speech: [String]
        /// Source markers placed after the source (`zufolge`).
        public let sourceAfter: [String]
        /// Source markers placed before the source (`laut`, `nach Angaben`).
        public let sourceBefore: [String]
        /// Markers of reported speech (`berichtet`, `Berichten zufolge`).
        public let reported: [String]
        /// Konjunktiv I forms (`sei`, `habe`, `werde`).
        public let subjunctive: [String]
        /// Markers of inference (`offenbar`, `vermutet`).
        public let inferred: [String]
        /// Modal verbs of obligation (`soll`, `müsse`): a stance imposed on the topic's subject.
        public let obligation: [String]

        public init(
            speech: [String] = [], sourceAfter: [String] = [], sourceBefore: [String] = [], reported: [String] = [],
            subjunctive: [String] = [], inferred: [String] = [], obligation: [String] = []
        ) {
            self.speech = speech
            self.sourceAfter = sourceAfter
            self.sourceBefore = sourceBefore
            self.reported = reported
            self.subjunctive = subjunctive
            self.inferred = inferred
            self.obligation = obligation
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            speech = try container.decodeIfPresent([String].self, forKey: .speech) ?? []
            sourceAfter = try container.decodeIfPresent([String].self, forKey: .sourceAfter) ?? []
            sourceBefore = try container.decodeIfPresent([String].self, forKey: .sourceBefore) ?? []
            reported = try container.decodeIfPresent([String].self, forKey: .reported) ?? []
            subjunctive = try container.decodeIfPresent([String].self, forKey: .subjunctive) ?? []
            inferred = try container.decodeIfPresent([String].self, forKey: .inferred) ?? []
            obligation = try container.decodeIfPresent([String].self, forKey: .obligation) ?? []
        }
    }
}
