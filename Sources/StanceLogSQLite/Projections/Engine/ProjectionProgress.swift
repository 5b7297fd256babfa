public import StanceLogTimeline

/// What a catch-up or a rebuild of one projection did.
public struct ProjectionProgress: Hashable, Sendable, Codable {
    public let projection: String
    /// Events folded by this call.
    public let events: Int
    /// Wall time of the fold, in seconds.
    public let seconds: Double
    /// The last sequence number folded, after the call.
    public let checkpoint: Int64
    /// The SHA-256 of the projection's content after a rebuild, as 64 hex digits; nil after a catch-up.
    public let digest: String?
    public let cost: FoldCost

    public init(projection: String, events: Int, seconds: Double, checkpoint: Int64, digest: String?, cost: FoldCost) {
        self.projection = projection
        self.events = events
        self.seconds = seconds
        self.checkpoint = checkpoint
        self.digest = digest
        self.cost = cost
    }

    /// Events folded per second (0 when nothing was folded).
    public var eventsPerSecond: Double {
        events == 0 || seconds <= 0 ? 0 : Double(events) / seconds
    }
}
