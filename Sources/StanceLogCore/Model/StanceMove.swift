/// How a stance moved between two dates, named the way fact-checkers and crisis trackers do.
///
/// Computed from the stance at FROM, the stance at TO and whether it changed in
/// between, so the same rule labels `diff` rows in the terminal, in JSON and in the
/// report:
///
/// | label | when |
/// |---|---|
/// | `new` | nothing was known at FROM, something is at TO |
/// | `unchanged` | the same stance at both ends and no change point between |
/// | `round trip` | the same stance at both ends, but it moved in between (+1 → −1 → +1) |
/// | `reversed` | the sign changed: for (+) became against (−) or back |
/// | `hardened` | further from 0 in the same direction, or from 0 to a side |
/// | `softened` | closer to 0 in the same direction, or from a side to 0 |
public enum StanceMove: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case new
    case unchanged
    case hardened
    case softened
    case reversed
    case roundTrip = "round trip"

    /// The move from `from` to `to`; nil when the stance at TO is unknown.
    ///
    /// - Parameters:
    ///   - from: the stance at FROM, nil when none was known.
    ///   - to: the stance at TO.
    ///   - movedBetween: true when the timeline had change points after FROM up to TO.
    public init?(from: Stance?, to: Stance?, movedBetween: Bool) {
        guard let to else { return nil }
        guard let from else {
            self = .new
            return
        }
        if from == to {
            self = movedBetween ? .roundTrip : .unchanged
        } else if from.sign * to.sign < 0 {
            self = .reversed
        } else {
            self = abs(to.value) > abs(from.value) ? .hardened : .softened
        }
    }

    public var description: String { rawValue }
}
