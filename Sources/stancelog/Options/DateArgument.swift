import ArgumentParser
import StanceLogCore

/// Parses a date given on the command line, saying what is wrong with a bad one.
///
/// `PartialDate`'s own parser only answers yes or no; a user who typed
/// `2025-02-30` should learn that February has 28 days, not just that the value
/// is invalid. Used as the `transform:` of every date option and argument.
enum DateArgument {
    /// - Throws: `ValidationError` with the reason and the accepted forms.
    static func parse(_ text: String) throws -> PartialDate {
        if let date = PartialDate(text) { return date }
        throw ValidationError("\(reason(text)); write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-02-12")
    }

    /// Why `text` is not a date.
    static func reason(_ text: String) -> String {
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
