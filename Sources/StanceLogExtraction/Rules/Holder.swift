/// The parties that hold a stance, with the mention that named them.
struct Holder: Sendable {
    let mentions: [ActorMention]
    let source: HolderSource
}
