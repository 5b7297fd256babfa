import Foundation
import StanceLogTesting
import Testing

/// Every command on a team log: `--db postgres://…` on the test server, reads answered from a local mirror.
@Suite(.enabled(if: TestPostgres.isEnabled), .serialized) struct TeamLogTests {
    /// The statement ids of the log's PositionStated events, in sequence order.
    private func statementIDs(_ cli: CommandRunner, db: String) throws -> [String] {
        let output = try cli.run(["log", "--db", db, "--type", "PositionStated", "--format", "json"]).output
        let events = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        return events.compactMap { ($0["payload"] as? [String: Any])?["statementId"] as? String }
    }

    @Test func aTeamLogImportedFromAnSQLiteLogAnswersEveryQueryLikeIt() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        let exported = try cli.run(["export"]).output
        let server = try TestPostgres.freshLogURL()
        let cache = ["XDG_CACHE_HOME": cli.folder.appendingPathComponent("cache").path]
        let initialise = try cli.run(["db", "init", "--db", server], environment: cache)
        #expect(initialise.status == 0, "\(initialise.error)")
        #expect(initialise.output.contains("GRANT SELECT, INSERT ON"))
        let file = cli.folder.appendingPathComponent("seeds.jsonl")
        try Data(exported.utf8).write(to: file)
        #expect(try cli.run(["import", file.path, "--db", server], environment: cache).status == 0)
        let queries = [
            ["state", "--at", "2025-03", "--format", "json"],
            ["timeline", "--party", "RU", "--format", "json"],
            ["diff", "2025-01", "2025-12", "--format", "json"],
            ["state", "--at", "2025-03", "--as-of", "10", "--format", "json"],
            ["log", "--format", "json"],
            ["export"],
        ]
        for query in queries {
            let local = try cli.run(query + ["--db", cli.database])
            let team = try cli.run(query + ["--db", server], environment: cache)
            #expect(team.status == 0, "\(query): \(team.error)")
            #expect(team.output == local.output, "\(query)")
        }
        let localReport = cli.folder.appendingPathComponent("local.html").path
        let teamReport = cli.folder.appendingPathComponent("team.html").path
        #expect(try cli.run(["report", "--out", localReport, "--db", cli.database]).status == 0)
        #expect(try cli.run(["report", "--out", teamReport, "--db", server], environment: cache).status == 0)
        #expect(FileManager.default.contents(atPath: teamReport) == FileManager.default.contents(atPath: localReport))
        let verify = try cli.run(["verify", "--db", server], environment: cache)
        #expect(verify.status == 0, "\(verify.error)")
        #expect(verify.output.contains("ok: server: 25 events, sequence gapless and hash chain intact"))
        #expect(verify.output.contains("ok: projections"))
        let again = try cli.run(["import", file.path, "--db", server], environment: cache)
        #expect(again.status != 0)
        #expect(again.error.contains("already holds 25 events"))
    }

    @Test func readCommandsOnAMissingTeamLogSayThereIsNoneAndCreateNothing() throws {
        let cli = try CommandRunner()
        let server = try TestPostgres.freshLogURL()
        let result = try cli.run(["state", "--at", "2025", "--db", server])
        #expect(result.status != 0)
        #expect(result.error.contains("no log at"))
        #expect(result.error.contains("stancelog db init"))
    }

    @Test func fourIngestersAndTwoAnalystsCorrectingAtOnceLeaveOneGaplessChainAndEqualMirrors() throws {
        let cli = try CommandRunner()
        let server = try TestPostgres.freshLogURL()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path, "--db", server]).status == 0)
        let statements = try statementIDs(cli, db: server)
        try #require(statements.count >= 6)
        var articles: [String] = try Fixtures.seedArticles().map(\.path)
        if let corpus = Fixtures.corpusDirectory {
            articles += try FileManager.default.contentsOfDirectory(atPath: corpus.path)
                .filter { $0.hasSuffix(".txt") }.sorted().prefix(20).map { corpus.appendingPathComponent($0).path }
        }
        let ingesters = try (0..<4).map { index in
            let subset = articles.enumerated().filter { index == 0 || ($0.offset + index) % 4 != 0 }.map(\.element)
            let rotation = index * subset.count / 4
            return try ChildProcess.start(
                ["ingest", "--db", server] + Array(subset[rotation...] + subset[..<rotation]), in: cli.folder,
                label: "ingester\(index)")
        }
        // Two analysts correct statements at once; when both touch one article, the later append is
        // refused as a conflict ("another writer appended first") and the analyst runs it again.
        var conflicts = 0
        for round in 0..<3 {
            let arguments = (0..<2).map { analyst in
                ["correct", statements[round * 2 + analyst], "--stance", "0", "--reason", "analyst \(analyst) round \(round)",
                 "--db", server]
            }
            let pair = try arguments.enumerated().map { analyst, command in
                try ChildProcess.start(command, in: cli.folder, label: "analyst\(analyst)-\(round)")
            }
            for (analyst, child) in pair.enumerated() {
                var result = try child.wait()
                while result.status != 0 && result.error.contains("another writer appended first") && conflicts < 6 {
                    conflicts += 1
                    result = try cli.run(arguments[analyst])
                }
                #expect(result.status == 0, "analyst \(analyst), round \(round): \(result.error)")
            }
        }
        for (index, result) in try ingesters.map({ try $0.wait() }).enumerated() {
            #expect(result.status == 0, "ingester \(index): \(result.error)")
        }
        let log = try cli.run(["log", "--db", server, "--format", "json"]).output
        let events = try #require(try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [[String: Any]])
        let types = events.compactMap { $0["type"] as? String }
        #expect(types.filter { $0 == "ArticleIngested" }.count == articles.count)
        #expect(types.filter { $0 == "StatementCorrected" }.count == 6)
        #expect(events.compactMap { $0["seq"] as? Int } == Array(1...events.count))
        let mirrors = try (0..<2).map { analyst in
            let cache = ["XDG_CACHE_HOME": cli.folder.appendingPathComponent("cache\(analyst)").path]
            let verify = try cli.run(["verify", "--db", server], environment: cache)
            #expect(verify.status == 0, "\(verify.error)")
            #expect(verify.output.contains("ok: server: \(events.count) events"))
            let path = try #require(
                verify.output.split(separator: "\n").first { $0.hasPrefix("mirror: ") }?.dropFirst("mirror: ".count))
            return try cli.run(["export", "--db", String(path)]).output
        }
        #expect(mirrors[0] == mirrors[1])
        #expect(mirrors[0] == (try cli.run(["export", "--db", server]).output))
    }

    /// Pulls the server log into a mirror of its own and returns the mirror's path.
    private func mirror(_ cli: CommandRunner, of server: String, cache: String) throws -> String {
        let verify = try cli.run(["verify", "--db", server], environment: ["XDG_CACHE_HOME": cli.folder.appendingPathComponent(cache).path])
        #expect(verify.status == 0, "\(verify.error)")
        let line = verify.output.split(separator: "\n").first { $0.hasPrefix("mirror: ") }
        return String(try #require(line).dropFirst("mirror: ".count))
    }

    /// Half the kills after a seeded share of a clean ingest's time, half once the server holds a seeded number of events.
    @Test func anIngestKilledAtRandomPointsOnTheServerKeepsWholeArticlesAndARerunCompletesIt() throws {
        let cli = try CommandRunner()
        let count = 120
        let articles = try GeneratedArticles.write(count, in: cli.folder)
        let ingest = ["ingest", articles.path, "--date", "2025-02"]
        let clean = try TestPostgres.freshLogURL()
        let start = Date()
        #expect(try cli.run(ingest + ["--db", clean]).status == 0)
        let duration = Date().timeIntervalSince(start)
        let expected = try LogContents.read(try mirror(cli, of: clean, cache: "clean"))
        #expect(expected.articleCount == count)
        var random = SplitMix64(seed: 2027)
        for run in 0..<4 {
            let server = try TestPostgres.freshLogURL()
            #expect(try cli.run(["db", "init", "--db", server]).status == 0)
            let child = try ChildProcess.start(ingest + ["--db", server], in: cli.folder, label: "ingest\(run)")
            if run.isMultiple(of: 2) {
                Thread.sleep(forTimeInterval: duration * random.fraction())
            } else {
                let target = 1 + Int(random.fraction() * Double(expected.eventCount - 1))
                while child.process.isRunning {
                    let position = try cli.run(["log", "--db", server, "--from-seq", "\(target)", "--limit", "1", "--format", "json"])
                    if position.output.contains("\"seq\"") { break }
                }
            }
            child.kill()
            _ = try child.wait()
            let left = try LogContents.read(try mirror(cli, of: server, cache: "killed\(run)"))
            #expect(left.lastSequence == Int64(left.eventCount), "run \(run): the sequence has a gap")
            for (stream, events) in left.streams {
                #expect(events == expected.streams[stream], "run \(run): article \(stream) is not whole")
            }
            let rerun = try cli.run(ingest + ["--db", server])
            #expect(rerun.status == 0, "run \(run): \(rerun.error)")
            let after = try LogContents.read(try mirror(cli, of: server, cache: "killed\(run)"))
            #expect(after.streams == expected.streams, "run \(run): the rerun differs from a clean ingest")
        }
    }
}
