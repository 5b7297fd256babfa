/// The last person or role named before the current sentence, for `er` and `sein Land`.
struct Antecedent: Sendable {
    /// The mention, whose token offsets belong to an earlier sentence.
    let mention: ActorMention
    let text: String
}
