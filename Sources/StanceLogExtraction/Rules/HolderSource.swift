/// How the rules found the party that holds a stance, strongest first.
enum HolderSource: Int, Hashable, Sendable, Comparable {
    /// A genitive or `von` phrase beside the cue: "Kernforderung Kiews", "die von Kiew geforderte".
    case local
    /// The subject of the cue's clause.
    case subject
    /// The agent of a passive demand: "wird … durch die USA aufgefordert".
    case agent
    /// A source marker in the cue's clause: "Hegseth zufolge", "sagte Rubio".
    case clauseSource
    /// `er` resolved to the last person named.
    case pronoun
    /// A source marker elsewhere in the sentence.
    case sentenceSource
    /// The subject of an earlier clause of the sentence.
    case precedingSubject
    /// The parties of the talks named before an agreement with an impersonal or
    /// reciprocal subject: "man habe sich geeinigt", "beide Seiten vereinbarten".
    case participants
    /// A place standing for its government: "In Washington hält man …".
    case locative
    /// The holder of the sentence before, whose reported speech goes on in a sentence that names
    /// no party ("Außerdem solle die Ukraine …", "Die Truppen müssten abziehen").
    case carried

    static func < (lhs: HolderSource, rhs: HolderSource) -> Bool { lhs.rawValue < rhs.rawValue }
}
