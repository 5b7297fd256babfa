import Foundation
import GRDB
import StanceLogTesting
import Testing

@Suite(.serialized) struct LogCommandsTests {
    private var seeds: String { Fixtures.seedsDirectory.path }

    @Test func ingestVerifyIngestAgainSaysNothingNewWasAdded() throws {
        let cli = try CommandRunner()
        let first = try cli.run(["ingest", seeds])
        #expect(first.status == 0)
        #expect(first.output.contains("5 articles added"))
        let verify = try cli.run(["verify"])
        #expect(verify.status == 0)
        #expect(verify.output.contains("ok:"))
        let second = try cli.run(["ingest", seeds])
        #expect(second.status == 0)
        #expect(second.output.contains("nothing new: all 5 articles are already in the log"))
        #expect(second.output.components(separatedBy: "already in the log as article").count == 6)
    }

    @Test func exportHasOneLinePerLoggedEventAndImportsIntoAFreshDatabase() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let log = try cli.run(["log", "--format", "json"])
        let events = try #require(try JSONSerialization.jsonObject(with: Data(log.output.utf8)) as? [[String: Any]])
        let exported = try cli.run(["export"])
        let lines = exported.output.split(separator: "\n")
        #expect(lines.count == events.count + 1, "one line per event, then the trailer")
        #expect(lines.last?.hasPrefix(#"{"trailer":"stancelog-export","events":\#(events.count),"#) == true)
        #expect(events.allSatisfy { $0["seq"] != nil && $0["type"] != nil && $0["stream"] != nil && $0["recordedAt"] != nil && $0["payload"] is [String: Any] })
        try cli.run(["export", "--out", "log.jsonl"])
        let imported = try cli.run(["import", "log.jsonl", "--db", "copy.sqlite"])
        #expect(imported.status == 0)
        #expect(imported.output.contains("imported \(events.count) events"))
        #expect(try cli.run(["verify", "--db", "copy.sqlite"]).status == 0)
        #expect(try cli.run(["export", "--db", "copy.sqlite"]).output == exported.output)
        let again = try cli.run(["import", "log.jsonl", "--db", "copy.sqlite"])
        #expect(again.status != 0)
        #expect(again.error.contains("already holds"))
    }

    @Test func importRefusesAnEditedExportAndWritesNothing() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let exported = try cli.run(["export"]).output
        let edited = exported.replacingOccurrences(of: "\"published\":\"2025-02\"", with: "\"published\":\"2025-03\"")
        #expect(edited != exported)
        try Data(edited.utf8).write(to: cli.folder.appendingPathComponent("edited.jsonl"))
        let result = try cli.run(["import", "edited.jsonl", "--db", "copy.sqlite"])
        #expect(result.status != 0)
        #expect(result.error.contains("does not verify at event"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("copy.sqlite").path))
    }

    @Test func verifyExitsOneAndNamesTheEventChangedBehindItsBack() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let attacker = try DatabaseQueue(path: cli.database)
        let changed = try attacker.write { db -> Int64 in
            let seq = try #require(
                try Int64.fetchOne(db, sql: "SELECT seq FROM events WHERE type = 'ArticleIngested' AND instr(payload, '\"outlet\":\"Blick\"') > 0"))
            try db.execute(sql: "DROP TRIGGER events_are_append_only_update")
            try db.execute(sql: "UPDATE events SET payload = replace(payload, '\"outlet\":\"Blick\"', '\"outlet\":\"Blitz\"') WHERE seq = ?", arguments: [seq])
            return seq
        }
        let result = try cli.run(["verify"])
        #expect(result.status == 1)
        #expect(result.error.contains("verify failed at event \(changed):"))
    }

    @Test func theDatabaseComesFromTheOptionOrTheEnvironment() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds], environment: ["STANCELOG_DB": "env.sqlite"])
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("env.sqlite").path))
        let exported = try cli.run(["export"], environment: ["STANCELOG_DB": "env.sqlite"]).output
        let count = exported.split(separator: "\n").count - 1
        #expect(count > 5)
        #expect(try cli.run(["verify"], environment: ["STANCELOG_DB": "env.sqlite"]).output.contains("ok: \(count) events"))
        let missing = try cli.run(["log"])
        #expect(missing.status != 0)
        #expect(missing.error.contains("no log at stancelog.sqlite"))
    }

    @Test func logFiltersByTypeArticleAndSequence() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let articles = try cli.run(["log", "--type", "ArticleIngested", "--format", "json"])
        let events = try #require(try JSONSerialization.jsonObject(with: Data(articles.output.utf8)) as? [[String: Any]])
        #expect(events.count == 5)
        let stream = try #require(events[2]["stream"] as? String)
        let article = String(stream.dropFirst("article-".count))
        let one = try cli.run(["log", "--article", article, "--format", "json"])
        let filtered = try #require(try JSONSerialization.jsonObject(with: Data(one.output.utf8)) as? [[String: Any]])
        #expect(filtered.allSatisfy { $0["stream"] as? String == stream })
        let table = try cli.run(["log", "--from-seq", "4"])
        #expect(table.output.contains("\n4 "))
        #expect(!table.output.contains("\n3 "))
    }
}
