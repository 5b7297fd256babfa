import Foundation
import StanceLogTesting
import Testing

/// Every bad command-line argument is refused before anything is written: a non-zero
/// exit, a first line of standard error that says what is wrong and with which input,
/// and an unchanged log.
@Suite(.serialized) struct BadArgumentTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        /// Fragments the first line of standard error must contain.
        let firstLine: [String]
        /// Fragments anywhere in standard error (hints, usage).
        var anywhere: [String] = []

        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["frobnicate"], firstLine: ["Error:", "'frobnicate'"], anywhere: ["stancelog --help"]),
        Case(arguments: ["state", "--at", "2025", "--colour"], firstLine: ["Unknown option '--colour'"]),
        Case(arguments: ["state", "--at", "2025-13-01"], firstLine: ["'2025-13-01'", "--at", "no month 13", "YYYY-MM-DD"]),
        Case(arguments: ["state", "--at", "2025-02-30"], firstLine: ["'2025-02-30'", "--at", "2025-02 has 28 days, not 30"]),
        Case(arguments: ["state", "--at", "yesterday"], firstLine: ["'yesterday' is not a date", "--at", "YYYY"]),
        Case(arguments: ["timeline", "--as-of", "yesterday"], firstLine: ["--as-of 'yesterday'", "sequence number"]),
        Case(arguments: ["diff", "2025-03", "2025-01"], firstLine: ["FROM 2025-03 is after TO 2025-01"],
            anywhere: ["diff 2025-01 2025-03"]),
        Case(arguments: ["diff", "yesterday", "2025"], firstLine: ["'yesterday'", "<from>", "not a date"]),
        Case(arguments: ["diff", "2025-01", "2024-02-30"], firstLine: ["'2024-02-30'", "<to>", "2024-02 has 29 days"]),
        Case(arguments: ["report", "--from", "2025-03", "--to", "2025-01"], firstLine: ["--from 2025-03 is after --to 2025-01"]),
        Case(arguments: ["report", "--to", "2025-00"], firstLine: ["'2025-00'", "--to", "no month 00"]),
        Case(arguments: ["ingest", "--date", "2025-02-30", "x.txt"], firstLine: ["--date", "28 days"]),
        Case(arguments: ["state", "--at", "2025", "--party", "XX"], firstLine: ["unknown party 'XX' in --party"],
            anywhere: ["use one of", "UA", "US"]),
        Case(arguments: ["timeline", "--topic", "weather"], firstLine: ["unknown topic 'weather' in --topic"],
            anywhere: ["security_guarantees"]),
        Case(arguments: ["diff", "2025-01", "2025-03", "--party", "USA"], firstLine: ["unknown party 'USA'"]),
        Case(arguments: ["report", "--topic", "weather"], firstLine: ["unknown topic 'weather'"]),
        Case(arguments: ["state", "--at", "2025", "--format", "xml"], firstLine: ["'xml'", "--format", "'table', 'json', 'markdown' or 'csv'"]),
        Case(arguments: ["timeline", "--format", "tsv"], firstLine: ["'tsv'", "--format"]),
        Case(arguments: ["extract", "--format", "yaml", "x.txt"], firstLine: ["'yaml'", "--format"]),
        Case(arguments: ["bench", "--report", "r.json", "--input", "seeds"], firstLine: ["--input measures a run"]),
        Case(arguments: ["bench", "--extraction-only", "--rounds", "0"], firstLine: ["--rounds", "positive whole number"]),
    ]

    @Test(arguments: cases)
    func aBadArgumentIsRefusedWithAClearFirstLineAndTheLogUnchanged(_ bad: Case) throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", Fixtures.seedsDirectory.path])
        let before = try cli.run(["export"]).output
        let result = try cli.run(bad.arguments)
        #expect(result.status != 0)
        let first = result.error.split(separator: "\n").first.map(String.init) ?? ""
        for fragment in bad.firstLine {
            #expect(first.contains(fragment), "'\(fragment)' not in the first line: \(result.error)")
        }
        for fragment in bad.anywhere {
            #expect(result.error.contains(fragment), "'\(fragment)' not in: \(result.error)")
        }
        #expect(result.output.isEmpty, "printed to standard output: \(result.output)")
        #expect(try cli.run(["export"]).output == before, "changed the log")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("report.html").path))
    }

    @Test func anArticleFileOverEightMegabytesIsRefusedNamingItsSize() throws {
        let cli = try CommandRunner()
        let big = cli.folder.appendingPathComponent("big.txt")
        try Data(repeating: UInt8(ascii: "a"), count: 9_000_000).write(to: big)
        let result = try cli.run(["ingest", "big.txt", "--date", "2025-02"])
        #expect(result.status != 0)
        #expect(result.error.contains("big.txt is 9.0 MB (9000000 bytes), more than the 8 MB an article may have"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }

    @Test func standardInputOverEightMegabytesIsRefusedWithoutReadingItAll() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["extract", "-", "--date", "2025-02"], input: Data(repeating: UInt8(ascii: "a"), count: 8_000_001))
        #expect(result.status != 0)
        #expect(result.error.contains("standard input (-) is larger than the 8 MB an article may have"), "\(result.error)")
    }
}
