public import StanceLogCore

/// Which points of a timeline to answer: those counting within `from`…`to`, at most `limit` of them.
///
/// A bounded query (`timeline --from --to --limit`) costs the points it returns, not the points
/// the timelines hold: the SQLite projection reads at most `limit` points per timeline through
/// its `(party, topic, valid_end)` key, and the evidence of the `limit` points kept only.
public struct TimelineWindow: Hashable, Sendable {
    /// Only points counting on or after the first day of this date.
    public var from: PartialDate?
    /// Only points counting on or before the last day of this date.
    public var to: PartialDate?
    /// At most this many points, the earliest first; nil for all.
    public var limit: Int?

    public init(from: PartialDate? = nil, to: PartialDate? = nil, limit: Int? = nil) {
        self.from = from
        self.to = to
        self.limit = limit
    }

    /// Every point.
    public static let all = TimelineWindow()

    /// The day before `from`'s first day, as the exclusive lower bound of ``TimelineSource`` (nil: from the start).
    package var after: Day? { from.map { Day(yyyymmdd: $0.startDay - 1) } }

    /// `to`'s last day, the inclusive upper bound (nil: to the end).
    package var through: Day? { to?.lastDay }

    /// True when `point` counts inside the window's dates.
    public func admits(_ point: TimelinePoint) -> Bool {
        (from.map { point.date.endDay >= $0.startDay } ?? true) && (to.map { point.date.endDay <= $0.endDay } ?? true)
    }
}
