public import Foundation
public import StanceLogCore

/// Reads a date that a person typed (an option, a query parameter), saying what is wrong with a bad one.
///
/// `PartialDate`'s own parser only answers yes or no; someone who typed `2025-02-30`
/// should learn that February has 28 days, not just that the value is invalid.
public enum DateText {
    /// The date `text` names.
    ///
    /// - Parameter name: how the message names the input, e.g. `--from` or `from`.
    /// - Throws: ``StanceLogError`` `invalidInput` with the reason and the accepted forms.
    public static func parse(_ text: String, name: String) throws -> PartialDate {
        if let date = PartialDate(text) { return date }
        throw StanceLogError(.invalidInput, "\(name): \(reason(text))", hint: forms)
    }

    /// The accepted forms, for messages.
    public static let forms = "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-02-12"

    /// Today's date in UTC, the default of `state`'s date.
    ///
    /// - Parameter option: how the message names the option that sets the date, e.g. `--at`.
    /// - Throws: ``StanceLogError`` `invalidInput` when the clock is outside the years 1…9999.
    public static func today(_ now: Date = Date(), option: String) throws -> PartialDate {
        let days = Int64((now.timeIntervalSince1970 / 86_400).rounded(.down))
        let (year, month, day) = CalendarDay.date(daysSinceEpoch: days)
        guard let today = PartialDate(year: Int(year), month: Int(month), day: Int(day)) else {
            throw StanceLogError(.invalidInput, "the system clock says \(now), outside the years 1…9999", hint: "give \(option) DATE")
        }
        return today
    }

    /// Why `text` is not a date.
    public static func reason(_ text: String) -> String {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(fields.count),
            zip(fields, widths).allSatisfy({ field, width in
                field.utf8.count == width && field.utf8.allSatisfy { (48...57).contains($0) }
            }), let year = Int(fields[0])
        else { return "'\(text)' is not a date" }
        guard (1...9999).contains(year) else { return "year \(fields[0]) is out of range" }
        guard fields.count > 1, let month = Int(fields[1]) else { return "'\(text)' is not a date" }
        guard (1...12).contains(month) else { return "there is no month \(fields[1])" }
        let days = PartialDate.daysIn(month: month, year: year)
        return "\(fields[0])-\(fields[1]) has \(days) days, not \(fields.count > 2 ? String(fields[2]) : "?")"
    }
}
