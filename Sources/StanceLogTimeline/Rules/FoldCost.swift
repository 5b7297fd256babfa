/// What one fold rewrote: the evidence that late arrivals stay local.
public struct FoldCost: Hashable, Sendable, Codable {
    /// Statement versions opened or closed.
    public var versionsWritten: Int
    /// Combined timeline points written, rewritten or deleted (a late statement: its day's and the next).
    public var pointsRefolded: Int
    /// (party, topic) timelines with at least one day re-folded.
    public var timelinesRefolded: Int

    public init(versionsWritten: Int = 0, pointsRefolded: Int = 0, timelinesRefolded: Int = 0) {
        self.versionsWritten = versionsWritten
        self.pointsRefolded = pointsRefolded
        self.timelinesRefolded = timelinesRefolded
    }

    /// The sum of two costs.
    public static func + (lhs: FoldCost, rhs: FoldCost) -> FoldCost {
        FoldCost(
            versionsWritten: lhs.versionsWritten + rhs.versionsWritten,
            pointsRefolded: lhs.pointsRefolded + rhs.pointsRefolded,
            timelinesRefolded: lhs.timelinesRefolded + rhs.timelinesRefolded)
    }
}
