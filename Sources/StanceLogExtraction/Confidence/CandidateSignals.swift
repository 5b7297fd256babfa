/// What the rules already know about one candidate statement, as the confidence scorer reads it.
///
/// Each field is a signal the rules computed while finding the candidate: how the cue was
/// found and turned, how the holder was found, how far the parts lie apart. None depends on a
/// codebook's ids, so weights fitted on one codebook still read another's candidates.
/// `extract --explain` prints them under each decision (``description``).
public struct CandidateSignals: Hashable, Sendable, Codable {
    /// The cue's kind: `predicate`, `noun`, `participle` or `preposition`.
    public let cueKind: String
    /// The cue's codebook stance, before negation (−2 … +2).
    public let cueStance: Int
    /// The stance the candidate states, after negation and the topic's orientation.
    public let stance: Int
    /// Whether a negation turned the cue around.
    public let negated: Bool
    /// Whether the cue's clause lays an obligation (`soll`, `müsse`, a passive demand).
    public let modal: Bool
    /// `direct`, `reported` or `inferred`; nil when no holder was found.
    public let attribution: String?
    /// The holder rule (`subject`, `clauseSource`, …); nil when no holder was found.
    public let holderRule: String?
    /// Tokens between the cue and the topic mention.
    public let cueTopicDistance: Int
    /// Tokens between the cue and the holder's mention; nil when the holder is named in another sentence.
    public let cueHolderDistance: Int?
    /// Whether the cue stands in the topic mention's clause.
    public let sameClause: Bool
    /// Whether the cue stands inside quotation marks.
    public let quoted: Bool
    /// Whether the topic mention is a demonstrative for the sentence before ("Kiew lehnt das ab").
    public let anaphoric: Bool
    /// Whether the topic wording names the opposite of the polar question ("Grenzen vor 2014").
    public let inverted: Bool
    /// Other sentences of the article that state the same (party, topic, stance); set when merging.
    public var duplicates: Int = 0
    /// Whether the article also gives the same party another sign on the same topic; set when merging.
    public var contested = false

    public init(
        cueKind: String, cueStance: Int, stance: Int, negated: Bool, modal: Bool, attribution: String?,
        holderRule: String?, cueTopicDistance: Int, cueHolderDistance: Int?, sameClause: Bool, quoted: Bool,
        anaphoric: Bool, inverted: Bool, duplicates: Int = 0
    ) {
        self.cueKind = cueKind
        self.cueStance = cueStance
        self.stance = stance
        self.negated = negated
        self.modal = modal
        self.attribution = attribution
        self.holderRule = holderRule
        self.cueTopicDistance = cueTopicDistance
        self.cueHolderDistance = cueHolderDistance
        self.sameClause = sameClause
        self.quoted = quoted
        self.anaphoric = anaphoric
        self.inverted = inverted
        self.duplicates = duplicates
    }

    /// Whether the stated stance has another sign than the cue's own.
    public var flipped: Bool { stance.signum() != cueStance.signum() }

    /// The signals as named numbers, the scorer's input: indicators are 0 or 1, distances are
    /// capped and scaled to 0…1 so that no weight has to span a long range.
    public var features: [String: Double] {
        func flag(_ value: Bool) -> Double { value ? 1 : 0 }
        var result: [String: Double] = [
            "cue.\(cueKind)": 1,
            "cue.strong": flag(abs(cueStance) == 2),
            "cue.flipped": flag(flipped),
            "cue.negated": flag(negated),
            "cue.modal": flag(modal),
            "cue.quoted": flag(quoted),
            "stance.ambivalent": flag(stance == 0),
            "topic.distance": Double(min(cueTopicDistance, 12)) / 12,
            "topic.sameClause": flag(sameClause),
            "topic.anaphoric": flag(anaphoric),
            "topic.inverted": flag(inverted),
            "holder.distance": Double(min(cueHolderDistance ?? 12, 12)) / 12,
            "holder.elsewhere": flag(cueHolderDistance == nil),
            "evidence.more": Double(min(duplicates, 3)) / 3,
            "evidence.contested": flag(contested),
        ]
        if let holderRule { result["holder.\(holderRule)"] = 1 }
        if let attribution { result["attribution.\(attribution)"] = 1 }
        return result
    }
}

extension CandidateSignals: CustomStringConvertible {
    /// One line for `extract --explain`: `cue predicate +2, holder subject @3, topic @1 same clause, direct`.
    public var description: String {
        var parts = ["cue \(cueKind) \(cueStance > 0 ? "+" : "")\(cueStance)"]
        if negated { parts.append("negated") }
        if flipped { parts.append("flipped") }
        if modal { parts.append("modal") }
        if quoted { parts.append("quoted") }
        if let holderRule {
            parts.append("holder \(holderRule) " + (cueHolderDistance.map { "@\($0)" } ?? "in another sentence"))
        } else {
            parts.append("no holder")
        }
        parts.append("topic @\(cueTopicDistance)" + (sameClause ? " same clause" : " other clause"))
        if anaphoric { parts.append("anaphoric") }
        if inverted { parts.append("inverted") }
        if let attribution { parts.append(attribution) }
        if duplicates > 0 { parts.append("+\(duplicates) sentences") }
        if contested { parts.append("contested") }
        return parts.joined(separator: ", ")
    }
}

extension CandidateSignals {
    /// Every feature name ``features`` can produce: a weights file may name these and no others.
    public static let featureNames: [String] =
        ["predicate", "noun", "participle", "preposition"].map { "cue.\($0)" }
        + [
            "cue.strong", "cue.flipped", "cue.negated", "cue.modal", "cue.quoted", "stance.ambivalent", "topic.distance",
            "topic.sameClause", "topic.anaphoric", "topic.inverted", "holder.distance", "holder.elsewhere", "evidence.more",
            "evidence.contested",
        ]
        + [
            "local", "subject", "agent", "clauseSource", "pronoun", "sentenceSource", "precedingSubject", "participants",
            "locative", "carried",
        ].map { "holder.\($0)" }
        + ["direct", "reported", "inferred"].map { "attribution.\($0)" }
}
