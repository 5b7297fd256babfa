import ArgumentParser
import StanceLogAPI
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
        throw ValidationError("\(DateText.reason(text)); \(DateText.forms)")
    }
}
