import Foundation
import StanceLogTesting
import Testing

/// Several `stancelog ingest` processes writing to one database file at the same moment.
@Suite(.serialized) struct ConcurrentIngestTests {
    /// The seeds and, when present, the development corpus: 25 real articles with manifests.
    private func articles() throws -> [String] {
        var folders = [Fixtures.seedsDirectory]
        if let corpus = Fixtures.corpusDirectory { folders.append(corpus) }
        return try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".txt") }
                .sorted()
                .map { folder.appendingPathComponent($0).path }
        }
    }

    /// Process 0 ingests every article; process k (1…3) every article except each fourth one
    /// from k on, in an order rotated by k, so each article is offered by three or four processes.
    private func overlappingSubsets(of articles: [String]) -> [[String]] {
        (0..<4).map { process in
            guard process > 0 else { return articles }
            let subset = articles.enumerated().filter { ($0.offset + process) % 4 != 0 }.map(\.element)
            let rotation = process * subset.count / 4
            return Array(subset[rotation...] + subset[..<rotation])
        }
    }

    @Test(arguments: ["a new database", "a database holding the seeds"])
    func fourProcessesIngestingOverlappingArticlesAddEachExactlyOnce(start: String) throws {
        let cli = try CommandRunner()
        let articles = try articles()
        let reference = try CommandRunner()
        #expect(try reference.run(["ingest"] + articles).status == 0)
        let expected = try LogContents.read(reference.database)
        if start != "a new database" {
            #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        }

        let children = try overlappingSubsets(of: articles).enumerated().map { index, subset in
            try ChildProcess.start(["ingest"] + subset, in: cli.folder, label: "writer\(index)")
        }
        let results = try children.map { try $0.wait() }

        for (index, result) in results.enumerated() {
            #expect(result.status == 0, "writer \(index) failed: \(result.error)")
            #expect(!(result.output + result.error).contains("database is locked"), "writer \(index): \(result.error)")
        }
        let added = results.map { $0.output.split(separator: "\n").filter { $0.hasPrefix("added ") }.count }
        let alreadyThere = start == "a new database" ? 0 : 5
        #expect(added.reduce(0, +) + alreadyThere == articles.count, "added per writer: \(added)")
        let contents = try LogContents.read(cli.database)
        #expect(contents.articleCount == articles.count)
        #expect(contents.lastSequence == Int64(contents.eventCount))
        #expect(contents.streams == expected.streams)
        let verify = try cli.run(["verify"])
        #expect(verify.status == 0, "\(verify.error)")
        #expect(verify.output.contains("ok: \(contents.eventCount) events"))
    }

    /// Many short rounds, because the races at creation (WAL setup, migrations) and between one
    /// process's check and its append last only milliseconds.
    @Test func fourProcessesCreatingOneDatabaseAtTheSameMomentAllSucceed() throws {
        let seeds = try Fixtures.seedArticles().map(\.path)
        let reference = try CommandRunner()
        #expect(try reference.run(["ingest"] + seeds).status == 0)
        let expected = try LogContents.read(reference.database)
        let cli = try CommandRunner()
        for round in 0..<Self.creationRounds {
            let database = "round\(round).sqlite"
            let children = try (0..<4).map { index in
                try ChildProcess.start(
                    ["ingest", seeds[index], seeds[4], "--db", database],
                    in: cli.folder, label: "round\(round)-writer\(index)")
            }
            for (index, result) in try children.map({ try $0.wait() }).enumerated() {
                #expect(result.status == 0, "round \(round), writer \(index): \(result.error)")
                #expect(!(result.output + result.error).contains("database is locked"))
            }
            let contents = try LogContents.read(cli.folder.appendingPathComponent(database).path)
            #expect(contents.streams == expected.streams, "round \(round)")
            #expect(contents.lastSequence == Int64(contents.eventCount), "round \(round)")
        }
    }

    private static let creationRounds = 8

    @Test func concurrentReadOnlyQueriesAnswerWhileAWriterIngestsAndCatchesUp() throws {
        let cli = try CommandRunner()
        let articles = try articles()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        let writer = try ChildProcess.start(["ingest"] + articles, in: cli.folder, label: "writer")
        let readers = try (0..<3).map { index in
            try ChildProcess.start(["state", "--at", "2025-12"], in: cli.folder, label: "reader\(index)")
        }
        for (index, result) in try ([writer] + readers).map({ try $0.wait() }).enumerated() {
            #expect(result.status == 0, "process \(index) failed: \(result.error)")
            #expect(!(result.output + result.error).contains("database is locked"))
        }
        let replay = try cli.run(["replay"])
        #expect(replay.status == 0)
        #expect(replay.output.components(separatedBy: "the incrementally maintained projection had the same digest").count == 3)
        #expect(try cli.run(["verify"]).status == 0)
    }
}
