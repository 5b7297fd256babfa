import Foundation
import StanceLogTesting
import Testing

/// `articles`, `parties`, `topics` and `search` on the seeds.
@Suite struct ListingCommandsTests {
    private func seeded() throws -> CommandRunner {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        return cli
    }

    private func array(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func articlesListsEverySeedWithDateOutletTitleAndCount() throws {
        let cli = try seeded()
        let articles = try array(try cli.run(["articles", "--format", "json"]).output)
        #expect(articles.count == 5)
        #expect(articles.allSatisfy { ($0["id"] as? String)?.count == 64 && $0["published"] is String && $0["statements"] is Int })
        #expect(articles.map { $0["validEnd"] as? String ?? "" } == articles.map { $0["validEnd"] as? String ?? "" }.sorted())
        let total = articles.compactMap { $0["statements"] as? Int }.reduce(0, +)
        let table = try cli.run(["articles"]).output
        #expect(table.contains("5 articles with \(total) statements"))
        let outlet = try #require(articles.compactMap { $0["outlet"] as? String }.first)
        let filtered = try array(try cli.run(["articles", "--outlet", outlet.lowercased(), "--format", "json"]).output)
        #expect(!filtered.isEmpty && filtered.allSatisfy { $0["outlet"] as? String == outlet })
        let window = try array(try cli.run(["articles", "--from", "2025-01-01", "--format", "json"]).output)
        #expect(window.allSatisfy { ($0["validEnd"] as? String ?? "") >= "2025-01-01" })
        #expect(window.count < 5)
    }

    @Test func partiesAndTopicsComeFromTheCodebookAndTheLog() throws {
        let cli = try seeded()
        let parties = try array(try cli.run(["parties", "--format", "json"]).output)
        let us = try #require(parties.first { $0["id"] as? String == "US" })
        #expect(us["source"] as? String == "codebook+log")
        #expect((us["topics"] as? Int ?? 0) >= 1)
        #expect(parties.contains { $0["source"] as? String == "codebook" })
        let topics = try array(try cli.run(["topics", "--format", "json"]).output)
        #expect(topics.contains { $0["id"] as? String == "security_guarantees" && ($0["parties"] as? Int ?? 0) >= 1 })
        let fresh = try CommandRunner()
        let bare = try fresh.run(["parties"])
        #expect(bare.status == 0, "\(bare.error)")
        #expect(bare.output.contains("US"))
        #expect(!FileManager.default.fileExists(atPath: fresh.database))
    }

    @Test func searchFindsEvidenceIgnoringCaseAndNarrowsByParty() throws {
        let cli = try seeded()
        let result = try cli.run(["search", "nato", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let statements = try #require(hits["statements"] as? [[String: Any]])
        #expect(!statements.isEmpty)
        #expect(statements.allSatisfy { ($0["evidence"] as? String)?.lowercased().contains("nato") == true })
        #expect(statements.allSatisfy { $0["title"] != nil && $0["validEnd"] is String })
        let party = try #require(statements.first?["party"] as? String)
        let narrowed = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try cli.run(["search", "NATO", "--party", party.lowercased(), "--format", "json"]).output.utf8))
                as? [String: Any])
        let only = try #require(narrowed["statements"] as? [[String: Any]])
        #expect(!only.isEmpty && only.allSatisfy { $0["party"] as? String == party })
        #expect(only.count <= statements.count)
        let none = try cli.run(["search", "Quokka"])
        #expect(none.status == 0)
        #expect(none.output.contains("no evidence or title contains 'Quokka'"))
    }

    @Test func timelineWindowKeepsThePointsCountingInside() throws {
        let cli = try seeded()
        let all = try array(try cli.run(["timeline", "--format", "json"]).output)
        let window = try array(try cli.run(["timeline", "--from", "2025-01", "--to", "2025-06", "--format", "json"]).output)
        #expect(!window.isEmpty && window.count < all.count)
        #expect(window.allSatisfy { ($0["validEnd"] as? String ?? "") >= "2025-01-01" && ($0["validEnd"] as? String ?? "") <= "2025-06-30" })
        #expect(all.allSatisfy { $0["title"] != nil && $0["outlet"] != nil && $0["url"] != nil })
        let partial = try #require(all.first { ($0["date"] as? String)?.count == 7 })
        #expect((partial["validEnd"] as? String)?.hasPrefix(partial["date"] as? String ?? "?") == true)
        #expect((partial["validEnd"] as? String)?.count == 10)
    }

    @Test func stateDefaultsToToday() throws {
        let cli = try seeded()
        let today = try cli.run(["state"])
        #expect(today.status == 0, "\(today.error)")
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        #expect(today.output.contains("State at \(formatter.string(from: Date()))"))
    }
}

/// A title in `manifest.json` names an article whose text has no headline.
@Suite struct ManifestTitleTests {
    @Test func aManifestTitleWins() throws {
        let cli = try CommandRunner()
        let folder = cli.folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("date 2025-02-12 Russland lehnt eine Nato-Mitgliedschaft der Ukraine strikt ab, sagte Peskow am Mittwoch.\n".utf8)
            .write(to: folder.appendingPathComponent("a.txt"))
        try Data(#"[{"file": "a.txt", "title": "Peskow: Kein Nato-Beitritt"}]"#.utf8).write(to: folder.appendingPathComponent("manifest.json"))
        #expect(try cli.run(["ingest", folder.path]).status == 0)
        #expect(try cli.run(["articles", "--wide"]).output.contains("Peskow: Kein Nato-Beitritt"))
    }
}
