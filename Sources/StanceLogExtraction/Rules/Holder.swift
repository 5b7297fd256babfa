/// The parties that hold a stance, with the mention that named them.
struct Holder: Sendable {
    let mentions: [ActorMention]
    let source: HolderSource
    /// The speaker to report for each mention when the mentions belong to earlier
    /// sentences (the parties of talks named before an agreement); nil otherwise.
    var speakers: [String]? = nil
}
