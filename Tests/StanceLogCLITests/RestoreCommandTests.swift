import Foundation
import StanceLogTesting
import Testing

/// `restore` through the built binary: a withdrawn article counts again, explicitly and recorded.
@Suite(.serialized) struct RestoreCommandTests {
    private var seeds: String { Fixtures.seedsDirectory.path }

    private func json(_ cli: CommandRunner, _ arguments: [String]) throws -> [[String: Any]] {
        let output = try cli.run(arguments + ["--format", "json"]).output
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    }

    private func timeline(_ cli: CommandRunner, _ extra: [String] = []) throws -> String {
        try cli.run(["timeline", "--every-point", "--format", "json"] + extra).output
    }

    @Test func aRestoredArticleCountsAgainEverywhereAndAsOfBetweenStillLeavesItOut() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let point = try #require(try json(cli, ["timeline", "--every-point"]).first)
        let article = String(try #require(point["article"] as? String).prefix(8))
        let before = try timeline(cli)
        let state = try cli.run(["state", "--format", "json"]).output
        let articles = try json(cli, ["articles"]).count
        #expect(try cli.run(["withdraw", article, "--reason", "looked like a duplicate"]).status == 0)
        let withdrawnAt = try #require(try json(cli, ["log"]).last?["seq"] as? Int)
        #expect(try json(cli, ["articles"]).count == articles - 1)
        let statement = try #require(point["statementId"] as? String)
        let refused = try cli.run(["retract", statement, "--reason", "r"])
        #expect(refused.status != 0)
        #expect(refused.error.contains("stancelog restore \(article)"))
        let again = try cli.run(["ingest", seeds])
        #expect(again.output.contains("(withdrawn; ingesting it again does not restore it: `stancelog restore \(article)"))
        #expect(try json(cli, ["articles"]).count == articles - 1)

        let restore = try cli.run(["restore", article, "--reason", "it was not a duplicate", "--by", "ana"])
        #expect(restore.status == 0, "\(restore.error)")
        #expect(restore.output.contains("restored article \(article)"))
        #expect(try timeline(cli) == before)
        #expect(try cli.run(["state", "--format", "json"]).output == state)
        #expect(try json(cli, ["articles"]).count == articles)
        #expect(try timeline(cli, ["--as-of", String(withdrawnAt)]) != before)
        #expect(try timeline(cli, ["--as-of", String(withdrawnAt - 1)]) == before)
        let log = try cli.run(["log", "--article", article]).output
        #expect(log.contains("article withdrawn  reason: looked like a duplicate"))
        #expect(log.contains("article restored  reason: it was not a duplicate  by ana"))
        let report = try cli.run(["report", "--out", cli.folder.appendingPathComponent("r.html").path])
        #expect(report.status == 0, "\(report.error)")
        #expect(try cli.run(["verify"]).status == 0)
        // Curation works again once the article is back.
        let retract = try cli.run(["retract", statement, "--reason", "misread"])
        #expect(retract.status == 0, "\(retract.error)")
        #expect(try timeline(cli) != before)
    }

    @Test func onlyAWithdrawnArticleCanBeRestoredAndARefusalLeavesTheLogUnchanged() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let point = try #require(try json(cli, ["timeline", "--every-point"]).first)
        let article = String(try #require(point["article"] as? String).prefix(8))
        let events = try cli.run(["export"]).output
        let never = try cli.run(["restore", article, "--reason", "r"])
        #expect(never.status != 0)
        #expect(never.error.contains("article \(article)"))
        #expect(never.error.contains("is not withdrawn"))
        #expect(try cli.run(["export"]).output == events)
        #expect(try cli.run(["withdraw", article, "--reason", "w"]).status == 0)
        #expect(try cli.run(["restore", article, "--reason", "r"]).status == 0)
        let logged = try cli.run(["export"]).output
        let twice = try cli.run(["restore", article, "--reason", "again"])
        #expect(twice.status != 0)
        #expect(twice.error.contains("is not withdrawn (restored by event"))
        #expect(try cli.run(["export"]).output == logged)
        // Withdrawn and restored again: the alternation is valid history.
        #expect(try cli.run(["withdraw", article, "--reason", "w2"]).status == 0)
        #expect(try cli.run(["restore", article, "--reason", "r2"]).status == 0)
        let verify = try cli.run(["verify"])
        #expect(verify.status == 0, "\(verify.error)")
        #expect(try cli.run(["restore", article, "--reason", " "]).status != 0)
    }

    @Test func anExportWithARestorationImportsAndReplaysToTheSameTimeline() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let point = try #require(try json(cli, ["timeline", "--every-point"]).first)
        let article = String(try #require(point["article"] as? String).prefix(8))
        #expect(try cli.run(["withdraw", article, "--reason", "w"]).status == 0)
        #expect(try cli.run(["restore", article, "--reason", "r"]).status == 0)
        let exported = cli.folder.appendingPathComponent("log.jsonl")
        #expect(try cli.run(["export", "--out", exported.path]).status == 0)
        let copy = cli.folder.appendingPathComponent("copy.sqlite").path
        let imported = try cli.run(["import", exported.path, "--db", copy])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(try cli.run(["timeline", "--every-point", "--format", "json", "--db", copy]).output == (try timeline(cli)))
        #expect(try cli.run(["replay"]).status == 0)
        #expect(try cli.run(["verify"]).status == 0)
    }

    @Test(arguments: [false, true])
    func aRestoredArticleIsReextractedAndBackWithTheBundledCodebookItsStatementsCountAsBefore(
        withdrawnBeforeTheNewCodebook: Bool
    ) throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let point = try #require(try json(cli, ["timeline", "--every-point"]).first)
        let article = String(try #require(point["article"] as? String).prefix(8))
        let before = try timeline(cli)
        let codebook = try cli.newCodebookVersion()
        if withdrawnBeforeTheNewCodebook {
            #expect(try cli.run(["withdraw", article, "--reason", "w"]).status == 0)
            #expect(try cli.run(["reextract", "--codebook", codebook]).output.contains("4 of 5 articles"))
            #expect(try cli.run(["restore", article, "--reason", "r"]).status == 0)
            let again = try cli.run(["reextract", "--codebook", codebook])
            #expect(again.output.contains("1 of 5 articles"), "\(again.output)")
        } else {
            // The bundled codebook's statements are superseded when the withdrawal marks them.
            #expect(try cli.run(["reextract", "--codebook", codebook]).output.contains("5 of 5 articles"))
            #expect(try cli.run(["withdraw", article, "--reason", "w"]).status == 0)
            #expect(try cli.run(["restore", article, "--reason", "r"]).status == 0)
        }
        let back = try cli.run(["reextract"])
        #expect(back.output.contains("5 of 5 articles"), "\(back.output)")
        #expect(try timeline(cli) == before)
        let verify = try cli.run(["verify"])
        #expect(verify.status == 0, "\(verify.error)")
    }
}
