/// Whether an article is withdrawn, read from its stream: the rule every writer shares.
///
/// An article is withdrawn from its `ArticleWithdrawn` until an `ArticleRestored`
/// follows; it may be withdrawn and restored again, so only the last of the two
/// events counts.
public enum Withdrawal {
    /// The withdrawal in force at the end of `stream`, or nil when the article counts.
    public static func inForce(in stream: [RecordedEvent]) -> RecordedEvent? {
        let last = stream.last { $0.type == .articleWithdrawn || $0.type == .articleRestored }
        return last?.type == .articleWithdrawn ? last : nil
    }
}
