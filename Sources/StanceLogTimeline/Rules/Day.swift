public import StanceLogCore

/// A calendar day on the valid-time axis, ordered by date.
///
/// Timelines count a statement at the last day of its period (``PartialDate/lastDay``),
/// so every rule compares days, never partial dates. The value is kept as the number
/// `yyyymmdd` (2025-02-28 is 20250228), the form the projection tables index, so that
/// comparing two days is comparing two integers.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The day as the number `yyyymmdd`.
    public let yyyymmdd: Int

    /// - Parameter yyyymmdd: the day as `year * 10_000 + month * 100 + day`.
    public init(yyyymmdd: Int) {
        self.yyyymmdd = yyyymmdd
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        lhs.yyyymmdd < rhs.yyyymmdd
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        PartialDate(year: yyyymmdd / 10_000, month: yyyymmdd / 100 % 100, day: yyyymmdd % 100)?.description
            ?? String(yyyymmdd)
    }
}

extension PartialDate {
    /// The first day of the period (`2025-02` → 2025-02-01).
    public var firstDay: Day { Day(yyyymmdd: startDay) }

    /// The last day of the period (`2025-02` → 2025-02-28): the day a statement with this date counts at.
    public var lastDay: Day { Day(yyyymmdd: endDay) }
}
