/// What the rules saw in one sentence and why each (topic, cue) pair did or did not become a
/// statement: the output of `extract --explain` and `evaluate --explain`.
public struct SentenceExplanation: Hashable, Sendable, Codable {
    /// One topic mention paired with one cue that bears on it.
    public struct Decision: Hashable, Sendable, Codable {
        /// The topic id and the words that raised it: `nato_membership "Nato-Beitritt"`.
        public let topic: String
        /// The cue's words and its codebook stance: `"lehnt … ab" -2 predicate`.
        public let cue: String
        /// Whether a negation turned the cue around (`nicht`, `kein`, a negated matrix clause).
        public let negated: Bool
        /// The stance the pair gives, after negation and the topic cue's orientation.
        public let stance: Int
        /// The party that holds it and the words that name it, when one was found.
        public let holder: String?
        /// The rule that found the holder (`subject`, `clauseSource`, `pronoun`, …).
        public let holderRule: String?
        /// `direct`, `reported` or `inferred`, for a stated pair.
        public let attribution: String?
        /// `stated`, or `rejected: ` and the reason.
        public let outcome: String
        /// What the confidence scorer reads for this pair; nil when no cue bears on the topic.
        public var signals: CandidateSignals? = nil
        /// The pair's confidence from its signals, before merging with other sentences; nil when no holder was found.
        public var confidence: Double? = nil
    }

    public let sentence: String
    /// Unicode-scalar offset of the sentence in the article.
    public let start: Int
    /// Topic mentions: `nato_membership "Nato-Beitritt"`, `(inverted)` when the cue names the opposite.
    public let topics: [String]
    /// Stance cues found: `"fordert" +2 predicate`.
    public let cues: [String]
    /// Party and non-party mentions: `UA "Selenskyj" person`.
    public let actors: [String]
    /// Why the sentence gave no statement at all, when a rule dropped it before pairing.
    public let skipped: String?
    public let decisions: [Decision]

    /// Plain text, indented by `indent`.
    public func render(indent: String = "    ") -> String {
        var lines: [String] = []
        lines.append("\(indent)sentence @\(start): \(sentence)")
        lines.append("\(indent)  topics: \(topics.isEmpty ? "none" : topics.joined(separator: "; "))")
        lines.append("\(indent)  cues: \(cues.isEmpty ? "none" : cues.joined(separator: "; "))")
        lines.append("\(indent)  actors: \(actors.isEmpty ? "none" : actors.joined(separator: "; "))")
        if let skipped { lines.append("\(indent)  skipped: \(skipped)") }
        for decision in decisions {
            var parts = ["\(decision.topic) ← \(decision.cue)"]
            if decision.negated { parts.append("negated") }
            parts.append("stance \(decision.stance > 0 ? "+" : "")\(decision.stance)")
            if let holder = decision.holder { parts.append("holder \(holder) by \(decision.holderRule ?? "?")") }
            if let attribution = decision.attribution { parts.append(attribution) }
            parts.append(decision.outcome)
            lines.append("\(indent)  - " + parts.joined(separator: ", "))
            if let signals = decision.signals {
                lines.append("\(indent)      signals: \(signals)" + (decision.confidence.map { ", confidence \($0)" } ?? ""))
            }
        }
        return lines.joined(separator: "\n")
    }
}
