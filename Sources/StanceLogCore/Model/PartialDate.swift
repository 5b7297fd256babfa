/// A calendar date known to day, month or year precision: `2025-02-12`, `2025-02` or `2025`.
///
/// News often dates a statement only to a month or a year. Keeping the precision
/// avoids inventing an exact day; queries use ``endDay`` (the last day the
/// statement can have been made by) and ``startDay``.
public struct PartialDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// How exactly the date is known.
    public enum Precision: String, Sendable, Codable, Comparable {
        case year, month, day

        private var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .day: 2
            }
        }

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rank < rhs.rank }
    }

    /// Creates a date; returns nil for an impossible combination (month 13, 30 February, a day without a month).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else.
    ///
    /// Reads the UTF-8 bytes without allocating: replays parse one date per statement.
    public init?(_ text: some StringProtocol) {
        var fields = (0, 0, 0)
        var field = 0
        var digits = 0
        for byte in text.utf8 {
            let width = field == 0 ? 4 : 2
            if byte == UInt8(ascii: "-") {
                guard digits == width, field < 2 else { return nil }
                field += 1
                digits = 0
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < width else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch field {
            case 0: fields.0 = fields.0 * 10 + digit
            case 1: fields.1 = fields.1 * 10 + digit
            default: fields.2 = fields.2 * 10 + digit
            }
            digits += 1
        }
        guard digits == (field == 0 ? 4 : 2) else { return nil }
        self.init(year: fields.0, month: field > 0 ? fields.1 : nil, day: field > 1 ? fields.2 : nil)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// `2025`, `2025-02` or `2025-02-12`.
    public var description: String {
        var text = Self.padded(year, width: 4)
        if let month { text += "-" + Self.padded(month, width: 2) }
        if let day { text += "-" + Self.padded(day, width: 2) }
        return text
    }

    /// The first day of the period as `yyyymmdd`, for ordering and range queries.
    public var startDay: Int {
        year * 10_000 + (month ?? 1) * 100 + (day ?? 1)
    }

    /// The last day of the period as `yyyymmdd`: a `2025-02` statement is certainly made by 2025-02-28.
    public var endDay: Int {
        let lastMonth = month ?? 12
        let lastDay = day ?? Self.daysIn(month: lastMonth, year: year)
        return year * 10_000 + lastMonth * 100 + lastDay
    }

    /// Orders by the end of the period, then the more precise date first.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.endDay != rhs.endDay { return lhs.endDay < rhs.endDay }
        if lhs.startDay != rhs.startDay { return lhs.startDay > rhs.startDay }
        return false
    }

    private static func padded(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
