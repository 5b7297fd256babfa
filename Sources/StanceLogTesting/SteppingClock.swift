public import Foundation
import Synchronization

/// A clock for tests: starts at a fixed instant and advances by a fixed step on every reading.
public final class SteppingClock: Sendable {
    private let next: Mutex<Date>
    private let step: TimeInterval

    public init(start: Date = Date(timeIntervalSince1970: 1_763_900_000), step: TimeInterval = 1) {
        next = Mutex(start)
        self.step = step
    }

    /// The current reading; each call returns a later instant (or an earlier one for a negative step).
    public func now() -> Date {
        next.withLock { date in
            defer { date = date.addingTimeInterval(step) }
            return date
        }
    }
}
