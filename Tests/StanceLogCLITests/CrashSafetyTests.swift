import Foundation
import GRDB
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import Testing

/// `stancelog` killed with SIGKILL at random points: what is on disk afterwards must still be a sound log.
@Suite(.serialized) struct CrashSafetyTests {
    /// Articles generated for the ingest runs: each paragraph of the seeds and the corpus, numbered,
    /// so that every one is a distinct, short article and a run is cheap.
    private static let articleCount = 200
    /// Kills per test; the delays come from fixed seeds, so a failure can be replayed.
    private static let kills = 6

    private func generateArticles(in folder: URL) throws -> URL {
        try GeneratedArticles.write(Self.articleCount, in: folder)
    }

    /// A log of many hand-made statements, written in-process: big enough that a projection
    /// catch-up or replay takes a while, without extracting anything.
    private func syntheticLog(at path: String) async throws {
        let store = try SQLiteEventStore(path: path)
        let parties: [PartyID] = ["US", "RU", "UA", "DE", "FR", "GB"]
        let topics: [TopicID] = ["territory", "security_guarantees"]
        var random = SplitMix64(seed: 11)
        for block in 0..<Self.syntheticArticles / 100 {
            try await store.append((0..<100).map { offset in
                let name = "synthetic \(block * 100 + offset)"
                return SampleEvents.stream(name, statements: (0..<Self.statementsPerArticle).map { index in
                    SampleEvents.statement(
                        in: name, party: parties[Int(random.next() % 6)], topic: topics[Int(random.next() % 2)],
                        stance: [-2, -1, 1, 2][Int(random.next() % 4)],
                        date: String(format: "2025-%02d-%02d", 1 + Int(random.next() % 12), 1 + index))
                })
            })
        }
    }

    private static let syntheticArticles = 400
    private static let statementsPerArticle = 9

    /// Waits until `count` (an SQL count over `table`) reaches `atLeast` in the log at `path`, or the child ends.
    private func waitForProgress(_ path: String, table: String, count: String, atLeast: Int, of child: ChildProcess) {
        while child.process.isRunning {
            if FileManager.default.fileExists(atPath: path),
                let value = try? DatabaseQueue(path: path).read({ db in
                    try db.tableExists(table) ? try Int.fetchOne(db, sql: count) ?? 0 : 0
                }),
                value >= atLeast
            {
                return
            }
            Thread.sleep(forTimeInterval: 0.002)
        }
    }

    private func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = Date()
        try body()
        return Date().timeIntervalSince(start)
    }

    @Test func anIngestKilledAtRandomPointsKeepsWholeArticlesAndARerunCompletesIt() throws {
        let cli = try CommandRunner()
        let articles = try generateArticles(in: cli.folder)
        let ingest = ["ingest", articles.path, "--date", "2025-02"]
        let clean = cli.folder.appendingPathComponent("clean.sqlite").path
        let duration = try seconds { () throws in #expect(try cli.run(ingest + ["--db", clean]).status == 0) }
        let expected = try LogContents.read(clean)
        #expect(expected.articleCount == Self.articleCount)

        var random = SplitMix64(seed: 2026)
        var partialRuns = 0
        for run in 0..<Self.kills {
            let path = cli.folder.appendingPathComponent("killed\(run).sqlite").path
            let child = try ChildProcess.start(ingest + ["--db", path], in: cli.folder, label: "ingest\(run)")
            if run.isMultiple(of: 2) {
                Thread.sleep(forTimeInterval: duration * random.fraction())
            } else {
                waitForProgress(
                    path, table: "events", count: "SELECT count(*) FROM events",
                    atLeast: 1 + Int(random.fraction() * Double(expected.eventCount - 1)), of: child)
            }
            child.kill()
            _ = try child.wait()

            // A kill before SQLite's first write leaves an empty file, which `verify` rightly calls no log.
            let size = (try? URL(fileURLWithPath: path).resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
            if size > 0 {
                let verify = try cli.run(["verify", "--db", path])
                #expect(verify.status == 0, "run \(run): \(verify.error)")
            }
            let left = try LogContents.read(path)
            #expect(left.lastSequence == Int64(left.eventCount), "run \(run): the sequence has a gap")
            for (stream, events) in left.streams {
                #expect(events == expected.streams[stream], "run \(run): article \(stream) is not whole")
            }
            if left.articleCount > 0 && left.articleCount < Self.articleCount { partialRuns += 1 }

            let rerun = try cli.run(ingest + ["--db", path])
            #expect(rerun.status == 0, "run \(run): \(rerun.error)")
            #expect(rerun.output.contains("\(Self.articleCount - left.articleCount) articles added")
                || (left.articleCount == Self.articleCount && rerun.output.contains("nothing new")))
            #expect(try LogContents.read(path).streams == expected.streams, "run \(run): the rerun differs from a clean ingest")
            #expect(try cli.run(["verify", "--db", path]).status == 0)
        }
        #expect(partialRuns > 0, "no kill landed between the first and the last commit")
    }

    /// Runs 0, 1, 4, 5 kill after a random part of a clean run's time; runs 2 and 3 as soon as the
    /// first projection has committed, so that the kill lands between or inside later transactions.
    @Test func aCatchUpOrReplayKilledAtRandomPointsLeavesProjectionsEqualToARebuild() async throws {
        let cli = try CommandRunner()
        let base = cli.database
        try await syntheticLog(at: base)
        let commands = [["state", "--at", "2025-12"], ["replay"]]
        var durations: [Double] = []
        for command in commands {
            let copy = cli.folder.appendingPathComponent("timing.sqlite").path
            try? FileManager.default.removeItem(atPath: copy)
            try FileManager.default.copyItem(atPath: base, toPath: copy)
            durations.append(try seconds { () throws in #expect(try cli.run(command + ["--db", copy]).status == 0) })
        }

        var random = SplitMix64(seed: 7)
        for run in 0..<Self.kills {
            let path = cli.folder.appendingPathComponent("killed\(run).sqlite").path
            try FileManager.default.copyItem(atPath: base, toPath: path)
            let command = commands[run % commands.count]
            let child = try ChildProcess.start(command + ["--db", path], in: cli.folder, label: "projection\(run)")
            if run % 4 < 2 {
                try await Task.sleep(for: .seconds(durations[run % commands.count] * random.fraction()))
            } else {
                waitForProgress(
                    path, table: "projection_checkpoints", count: "SELECT count(*) FROM projection_checkpoints",
                    atLeast: 1, of: child)
            }
            child.kill()
            _ = try child.wait()

            let verify = try cli.run(["verify", "--db", path])
            #expect(verify.status == 0, "run \(run) (\(command[0])): \(verify.error)")
            #expect(verify.output.contains("ok: projections"))
            #expect(try cli.run(["state", "--at", "2025-12", "--db", path]).status == 0)
            let replay = try cli.run(["replay", "--db", path])
            #expect(
                replay.output.components(separatedBy: "the incrementally maintained projection had the same digest").count == 3,
                "run \(run) (\(command[0])): \(replay.output)")
        }
    }
}
