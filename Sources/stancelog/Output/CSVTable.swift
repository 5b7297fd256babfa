import Foundation

/// Comma-separated values as RFC 4180 defines them, for spreadsheets and `csv` readers.
///
/// A header row, then one record per row; every record ends in CRLF; a field holding a
/// comma, a double quote, CR or LF is quoted, its quotes doubled. Fields are written as
/// they are (control characters included): CSV is data for programs, not for a terminal.
struct CSVTable {
    let header: [String]
    private(set) var rows: [[String]] = []

    init(_ header: [String]) {
        self.header = header
    }

    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The whole table, each record ending in CRLF.
    func render() -> String {
        ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when it must be.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
