/// A party (or a non-party actor) named in a sentence, as a token range.
struct ActorMention: Hashable, Sendable {
    enum Form: Hashable, Sendable {
        /// A place or institution (`Ukraine`, `US-Regierung`): `der` before it marks dative or genitive.
        case alias
        /// A person or masculine title (`Selenskyj`, `Kreml`).
        case person
        /// A role with a party adjective (`russische Präsident`, `Selenskyjs Berater`).
        case role
        /// An s-genitive (`Kiews`): names a possessor, not a subject.
        case genitive
        /// A journalist, expert, outlet or think tank.
        case nonParty
        /// A party adjective right before a stance noun (`die russische Forderung`): names the holder, no speaker.
        case adjective
    }

    let start: Int
    let end: Int
    /// Index into the codebook's parties; nil for a non-party.
    let party: Int?
    let form: Form
}

/// A phrase that raises a topic.
struct TopicMention: Hashable, Sendable {
    let start: Int
    let end: Int
    let topic: Int
    let inverted: Bool
    /// A demonstrative standing in for a topic of the sentence before ("Kiew lehnt das ab").
    var anaphoric = false
}

/// A stance cue found in a sentence.
struct CueMention: Hashable, Sendable {
    let start: Int
    let end: Int
    let cue: Int
    /// The token of the separable particle (`ab` of `lehnt … ab`), when the cue has one.
    let particle: Int?
}
