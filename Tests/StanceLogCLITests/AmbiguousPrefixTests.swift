import Foundation
import Testing

/// An id prefix that several articles share is refused, listing the candidates, and writes nothing.
@Suite struct AmbiguousPrefixTests {
    /// Two texts whose article ids (SHA-256) share their first 8 hex digits, `feefc2e7` (found by a birthday search).
    private let texts = [
        "Testartikel 16492: Die Ukraine verhandelt.": "feefc2e7a4d0c7104f29f8daff8106d691875cf0aea26f55a0de30a51ccb2515",
        "Testartikel 27927: Die Ukraine verhandelt.": "feefc2e79e6a36f9f604635c4d5252b2474d16aacb8c76bab416c299fe1aa25b",
    ]

    @Test func anAmbiguousArticlePrefixListsTheCandidatesAndALongerOneWorks() throws {
        let cli = try CommandRunner()
        for (number, text) in texts.keys.sorted().enumerated() {
            try Data(text.utf8).write(to: cli.folder.appendingPathComponent("\(number).txt"))
        }
        let ingest = try cli.run(["ingest", "0.txt", "1.txt", "--date", "2025-02-12"])
        #expect(ingest.status == 0, "\(ingest.error)")
        let events = try cli.run(["export"]).output
        for command in [["log", "--article", "feefc2e7"], ["withdraw", "feefc2e7", "--reason", "r"], ["restore", "feefc2e7", "--reason", "r"]] {
            let result = try cli.run(command)
            #expect(result.status != 0)
            #expect(result.error.contains("article id 'feefc2e7' is ambiguous: 2 ids start with it"), "\(command)")
            #expect(texts.values.allSatisfy { result.error.contains($0) })
            #expect(result.error.contains("type more hex digits"))
        }
        #expect(try cli.run(["export"]).output == events)
        let longer = try cli.run(["withdraw", "feefc2e7a", "--reason", "r"])
        #expect(longer.status == 0, "\(longer.error)")
        #expect(longer.output.contains("withdrew article feefc2e7a4d0"))
    }
}
