public import Foundation

/// When the log recorded an event, in whole milliseconds since 1970 (UTC).
///
/// Record time is the second time axis: `--as-of` answers from what the log
/// knew at a moment. Stores keep it non-decreasing along the sequence. The ISO
/// 8601 form is computed with integer arithmetic so that it round-trips exactly.
public struct RecordTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let milliseconds: Int64

    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    public init(_ date: Date) {
        milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z`, or a bare `YYYY-MM-DD` as its midnight UTC.
    public init?(iso8601 text: String) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int64? {
            guard range.upperBound <= bytes.count, !range.isEmpty else { return nil }
            var value: Int64 = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int64(byte - 48)
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == 45, bytes[7] == 45, let year = number(0..<4), let month = number(5..<7),
            let day = number(8..<10), PartialDate(year: Int(year), month: Int(month), day: Int(day)) != nil
        else { return nil }
        var millis = CalendarDay.daysSinceEpoch(year: year, month: month, day: day) * 86_400_000
        if bytes.count > 10 {
            guard bytes.count >= 20, bytes[10] == 84, bytes[13] == 58, bytes[16] == 58, bytes.last == 90,
                let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
                hour < 24, minute < 60, second < 60
            else { return nil }
            millis += ((hour * 60 + minute) * 60 + second) * 1000
            if bytes[19] == 46 {
                let fraction = Array(bytes[20..<(bytes.count - 1)])
                guard !fraction.isEmpty, fraction.count <= 9, let digits = number(20..<(bytes.count - 1)) else { return nil }
                var scaled = digits
                for _ in fraction.count..<3 { scaled *= 10 }
                for _ in 3..<max(fraction.count, 3) { scaled /= 10 }
                millis += scaled
            } else if bytes.count != 20 {
                return nil
            }
        }
        milliseconds = millis
    }

    public var date: Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }

    /// ISO 8601 in UTC with milliseconds, e.g. `2025-11-23T09:40:00.123Z`.
    public var iso8601: String {
        let days = Int64((Double(milliseconds) / 86_400_000).rounded(.down))
        let inDay = milliseconds - days * 86_400_000
        let (year, month, day) = CalendarDay.date(daysSinceEpoch: days)
        func pad(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(inDay / 3_600_000, 2)):"
            + "\(pad(inDay / 60_000 % 60, 2)):\(pad(inDay / 1000 % 60, 2)).\(pad(inDay % 1000, 3))Z"
    }

    public var description: String { iso8601 }

    public static func < (lhs: RecordTime, rhs: RecordTime) -> Bool { lhs.milliseconds < rhs.milliseconds }
}

extension RecordTime {
    /// How far in the future of the recording clock an event may be recorded: 10 minutes.
    ///
    /// Record times never decrease along the log, so one event recorded far in
    /// the future would stamp every later event with its time and hide them from
    /// `--as-of now`. Appends and imports refuse such a log; `verify` reports it.
    /// The tolerance covers the clock skew of the machines a log travels between.
    public static let futureTolerance: Int64 = 600_000

    /// The clock record times come from, as messages name it.
    public static let clockName = "this machine's clock (UTC)"
}
