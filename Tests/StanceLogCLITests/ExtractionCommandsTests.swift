import Foundation
import StanceLogTesting
import Testing

@Suite(.serialized) struct ExtractionCommandsTests {
    @Test func evaluateOnTheSeedsReachesTheTargetF1() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["evaluate", Fixtures.seedsDirectory.path, "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let overall = try #require(report["overall"] as? [String: Any])
        #expect(try #require(overall["f1"] as? Double) >= 0.85)
        #expect(report["falsePositives"] is [Any])
        #expect(report["falseNegatives"] is [Any])
        let table = try cli.run(["evaluate", Fixtures.seedsDirectory.path])
        #expect(table.output.contains("overall"))
        #expect(table.output.contains("topic security_guarantees"))
        #expect(table.output.contains("party US"))
    }

    @Test func extractOneFileAsJSONUsesTheGoldKeysAndStoresNothing() throws {
        let cli = try CommandRunner()
        let seed = try #require(try Fixtures.seedArticles().last)
        let result = try cli.run(["extract", seed.path, "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(!statements.isEmpty)
        for statement in statements {
            for key in ["party", "topic", "stance", "attribution", "speaker", "evidence", "start", "end", "confidence", "date"] {
                #expect(statement.keys.contains(key), "missing \(key)")
            }
            #expect(statement["stance"] is Int)
        }
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }

    @Test func anUndatedArticleHasANullDateNotAnError() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["extract", "-", "--format", "json"], input: Data("Moskau lehnt einen Nato-Beitritt der Ukraine strikt ab.".utf8))
        #expect(result.status == 0, "\(result.error)")
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let first = try #require(statements.first)
        #expect(first["party"] as? String == "RU")
        #expect(first["stance"] as? Int == -2)
        #expect(first["date"] is NSNull)
    }

    /// `extract` dates articles by the same precedence as `ingest`, and refuses the same malformed manifest date.
    @Test(arguments: [["extract"], ["ingest"]])
    func aMalformedManifestDateIsRefusedNamingTheFile(command: [String]) throws {
        let cli = try CommandRunner()
        let folder = cli.folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Moskau lehnt einen Nato-Beitritt der Ukraine strikt ab.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data(#"[{"file": "a.txt", "published": "2025-13"}]"#.utf8).write(to: folder.appendingPathComponent("manifest.json"))
        let result = try cli.run(command + [folder.path])
        #expect(result.status != 0)
        #expect(result.error.contains("a.txt the date '2025-13', which is not a date"), "\(result.error)")
    }

    @Test func aMalformedCodebookIsNamedWithTheProblem() throws {
        let cli = try CommandRunner()
        try Data("{\"name\": \"x\", \"version\": 1".utf8).write(to: cli.folder.appendingPathComponent("bad.json"))
        let result = try cli.run(["extract", Fixtures.seedsDirectory.path, "--codebook", "bad.json"])
        #expect(result.status != 0)
        #expect(result.error.contains("bad.json"))
    }
}
