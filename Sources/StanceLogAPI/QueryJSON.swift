import Foundation
public import StanceLogCore

/// How the query answers are written as JSON, by the CLI's `--format json` and the server alike.
///
/// One encoder for both, so that `stancelog state --format json` and `GET /api/v1/state`
/// give the same bytes for the same log: pretty-printed, keys sorted, slashes unescaped.
public enum QueryJSON {
    /// `value` as pretty, key-sorted JSON text.
    ///
    /// - Throws: the encoder's error for a value that cannot be encoded (a non-finite number).
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// `2025-02-28`: a day number (yyyymmdd) as a date, as `validEnd` shows it.
    public static func day(_ value: Int) -> String {
        PartialDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)?.description ?? String(value)
    }
}
