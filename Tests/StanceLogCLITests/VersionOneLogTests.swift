import Foundation
import StanceLogTesting
import Testing

/// A log written by a schema-version-1 stancelog (`events/fixtures/seeds-v1.jsonl`) still imports,
/// verifies, exports unchanged and answers every query as a fresh ingest does.
@Suite struct VersionOneLogTests {
    /// The digest lines `replay` prints, one per projection.
    private func digests(_ output: String) -> [String] {
        output.split(separator: "\n").filter { $0.hasPrefix("digest ") }.map(String.init)
    }

    @Test func theVersionOneSeedLogAnswersLikeAFreshIngest() throws {
        let cli = try CommandRunner()
        let fixture = try String(contentsOf: Fixtures.seedsVersionOneLog, encoding: .utf8)
        let imported = try cli.run(["import", Fixtures.seedsVersionOneLog.path, "--db", "v1.sqlite", "--allow-missing-trailer"])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path, "--db", "current.sqlite"]).status == 0)

        let verify = try cli.run(["verify", "--db", "v1.sqlite"])
        #expect(verify.status == 0)
        #expect(verify.output.contains("ok: 25 events"))
        let exported = try cli.run(["export", "--db", "v1.sqlite"]).output
        #expect(exported.hasPrefix(fixture), "export must write old events as stored")
        #expect(exported.dropFirst(fixture.count).hasPrefix(#"{"trailer":"stancelog-export","events":25,"hash":""#))
        #expect(fixture.contains(#""type":"ArticleIngested","#) && !fixture.contains(#""schemaVersion":2"#))
        #expect(try cli.run(["export", "--db", "current.sqlite"]).output.contains(#""schemaVersion":2"#))

        // The fixture keeps the extractor identity that wrote it (rules@1.1.0+ukraine@2025.12). Once the
        // extractor moves on, a fresh ingest finds its own statements (statement ids derive from the
        // identity); the old log then answers like a fresh ingest after `reextract` has re-read its
        // articles with the current extractor, which is what a user upgrading would run.
        let sameExtractor = try cli.run(["export", "--db", "current.sqlite"]).output
            .contains(#""extractor":{"codebook":"ukraine@2025.12","name":"rules","version":"1.1.0"}"#)
        let oldDigests = digests(try cli.run(["replay", "--db", "v1.sqlite"]).output)
        #expect(oldDigests.count == 2)
        if sameExtractor {
            #expect(oldDigests == digests(try cli.run(["replay", "--db", "current.sqlite"]).output))
        } else {
            let reextracted = try cli.run(["reextract", "--db", "v1.sqlite"])
            #expect(reextracted.status == 0, "\(reextracted.error)")
        }
        for query in [["state", "--at", "2025"], ["timeline"], ["diff", "2023", "2025"]] {
            let old = try cli.run(query + ["--format", "json", "--db", "v1.sqlite"])
            let current = try cli.run(query + ["--format", "json", "--db", "current.sqlite"])
            #expect(old.status == 0 && !old.output.isEmpty, "\(query): \(old.error)")
            #expect(old.output == current.output, "\(query)")
        }
    }
}
