import Foundation
import StanceLogTesting
import Testing

/// Every bad input gets a message naming the input and the fix, a non-zero exit, and an unchanged log.
@Suite(.serialized) struct BadInputTests {
    private func prepared() throws -> (CommandRunner, String) {
        let cli = try CommandRunner()
        try cli.run(["ingest", Fixtures.seedsDirectory.path])
        let before = try cli.run(["export"]).output
        return (cli, before)
    }

    private func expectRefused(_ arguments: [String], mentioning expected: [String], input: Data? = nil) throws {
        let (cli, before) = try prepared()
        let result = try cli.run(arguments, input: input)
        #expect(result.status != 0, "\(arguments) should fail")
        for fragment in expected {
            #expect(result.error.contains(fragment), "\(arguments): '\(fragment)' not in: \(result.error)")
        }
        #expect(try cli.run(["export"]).output == before, "\(arguments) changed the log")
    }

    @Test func aMissingPathIsNamed() throws {
        try expectRefused(["ingest", "nowhere/article.txt"], mentioning: ["nowhere/article.txt", "does not exist"])
    }

    @Test func aFolderWithoutArticlesIsNamed() throws {
        let cli = try CommandRunner()
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let result = try cli.run(["ingest", "empty"])
        #expect(result.status != 0)
        #expect(result.error.contains("folder empty contains no .txt files"))
    }

    @Test func whitespaceOnlyStandardInputIsRefused() throws {
        try expectRefused(["ingest", "-", "--date", "2025-02"], mentioning: ["standard input", "-", "whitespace"], input: Data("  \n \n".utf8))
    }

    @Test func binaryStandardInputIsRefused() throws {
        try expectRefused(["ingest", "-", "--date", "2025-02"], mentioning: ["NUL bytes"], input: Data([0x1F, 0x8B, 0x08, 0x00, 0x00]))
    }

    @Test func invalidUTF8IsRefused() throws {
        try expectRefused(["ingest", "-", "--date", "2025-02"], mentioning: ["not valid UTF-8", "iconv"], input: Data([0x4B, 0x69, 0x65, 0x77, 0xE4]))
    }

    @Test func anArticleWithoutDateNeedsTheDateOption() throws {
        try expectRefused(["ingest", "-"], mentioning: ["no publication date", "--date"], input: Data("Moskau lehnt ab.".utf8))
    }

    @Test(arguments: ["2025-13", "12.02.2025", "2025-02-30", "soon"])
    func aMalformedDateOptionIsRefused(date: String) throws {
        try expectRefused(["ingest", Fixtures.seedsDirectory.path, "--date", date], mentioning: ["--date", date])
    }

    @Test func appendRefusesAnUnknownPartyTopicOrAStanceOffTheScale() throws {
        let (cli, before) = try prepared()
        let articles = try cli.run(["log", "--type", "ArticleIngested", "--format", "json"]).output
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(articles.utf8)) as? [[String: Any]])
        let payload = try #require(objects.first?["payload"] as? [String: Any])
        let article = try #require(payload["articleId"] as? String)
        // The evidence must occur in the article: a line of its text.
        let sentence = try #require((payload["text"] as? String)?.split(separator: "\n").first { $0.count > 40 })
        let base = ["append", "--article", article, "--evidence", String(sentence)]
        let cases: [([String], [String])] = [
            (["--party", "XX", "--topic", "territory", "--stance", "1"], ["unknown party 'XX'", "use one of"]),
            (["--party", "UA", "--topic", "weather", "--stance", "1"], ["unknown topic 'weather'", "use one of"]),
            (["--party", "UA", "--topic", "territory", "--stance", "3"], ["--stance 3 is outside the scale"]),
            (["--party", "UA", "--topic", "territory", "--stance", "-5"], ["--stance -5 is outside the scale"]),
            (["--party", "UA", "--topic", "territory", "--stance", "1", "--article", String(repeating: "0", count: 64)], ["no article 0000"]),
        ]
        for (extra, expected) in cases {
            let result = try cli.run(base + extra)
            #expect(result.status != 0, "\(extra)")
            for fragment in expected { #expect(result.error.contains(fragment), "\(extra): \(result.error)") }
        }
        #expect(try cli.run(["export"]).output == before)
        let accepted = try cli.run(base + ["--party", "UA", "--topic", "territory", "--stance", "-2"])
        #expect(accepted.status == 0, "\(accepted.error)")
    }
}
