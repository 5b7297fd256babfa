public import Foundation

/// When the log recorded an event, in whole milliseconds since 1970 (UTC).
///
/// Record time is the second time axis: `--as-of` answers from what the log
/// knew at a moment. Stores keep it non-decreasing along the sequence.
public struct RecordTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let milliseconds: Int64

    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    public init(_ date: Date) {
        milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// Parses ISO 8601 with or without fractional seconds (`2025-11-23T09:40:00.123Z`).
    public init?(iso8601 text: String) {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) {
            self.init(date)
        } else if let date = try? Date.ISO8601FormatStyle().parse(text) {
            self.init(date)
        } else {
            return nil
        }
    }

    public var date: Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }

    /// ISO 8601 in UTC with milliseconds.
    public var iso8601: String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    public var description: String { iso8601 }

    public static func < (lhs: RecordTime, rhs: RecordTime) -> Bool { lhs.milliseconds < rhs.milliseconds }
}
