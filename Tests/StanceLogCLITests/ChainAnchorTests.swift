import Foundation
import GRDB
import StanceLogCore
import StanceLogTesting
import Testing

/// Issue 14, finding 3: a published head catches a cut tail or a rehashed rewrite; an export cut at a line
/// boundary is refused; a projection ahead of the log is its own diagnosis, with no advice that erases it.
@Suite(.serialized) struct ChainAnchorTests {
    private func seeded() throws -> (CommandRunner, String) {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        #expect(try cli.run(["state", "--at", "2025-12"]).status == 0)
        let head = try cli.run(["head"]).output.trimmingCharacters(in: .newlines)
        return (cli, head)
    }

    @Test func verifyAndHeadPrintTheSameHeadAndTheReportShowsIt() throws {
        let (cli, head) = try seeded()
        #expect(head.hasPrefix("25:") && head.count == 3 + 64)
        let verify = try cli.run(["verify", "--expect-head", head])
        #expect(verify.status == 0, "\(verify.error)")
        #expect(verify.output.contains("head \(head)\n"))
        #expect(try cli.run(["report", "--out", "r.html"]).status == 0)
        let html = try String(contentsOf: cli.folder.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(html.contains("stancelog verify --expect-head \(head)"))
    }

    @Test func aCutTailFailsTheExpectedHeadAndIsDiagnosedWithoutAdviceThatErasesIt() throws {
        let (cli, head) = try seeded()
        try DatabaseQueue(path: cli.database).write { db in
            try db.execute(sql: "DROP TRIGGER events_are_append_only_delete; DELETE FROM events WHERE seq > 20")
        }
        let anchored = try cli.run(["verify", "--expect-head", head])
        #expect(anchored.status == 1)
        #expect(anchored.error.contains("the log ends at event 20, but the expected head is event 25: events were removed"))
        let plain = try cli.run(["verify"])
        #expect(plain.status == 1)
        #expect(plain.error.contains("has folded events up to 25, but the log ends at event 20: events were removed"))
        #expect(!plain.error.contains("tables changed outside stancelog"))
        #expect(plain.error.contains("copy this file as evidence"))
        #expect(!plain.error.contains("run `stancelog replay"))
    }

    @Test func aRewriteThatRecomputedEveryLaterHashFailsTheExpectedHead() async throws {
        let (cli, head) = try seeded()
        let exported = try cli.run(["export"]).output.split(separator: "\n").dropLast()
        var events = try exported.enumerated().map { try JSONLinesExchange.event(fromLine: $0.element, lineNumber: $0.offset + 1) }
        var previous = events[2].hash
        for index in 3..<events.count {
            var payload = try events[index].decoded()
            if index == 3, case .positionStated(let stated) = payload {
                payload = .positionStated(
                    PositionStated(
                        statementID: stated.statementID, articleID: stated.articleID, party: stated.party, topic: stated.topic,
                        stance: try #require(Stance(-stated.stance.value == 0 ? 1 : -stated.stance.value)),
                        attribution: stated.attribution, speaker: stated.speaker, evidence: stated.evidence,
                        validDate: stated.validDate, origin: stated.origin, extractor: stated.extractor,
                        confidence: stated.confidence))
            }
            events[index] = try RecordedEvent.seal(
                payload, sequence: events[index].sequence, stream: events[index].stream,
                streamVersion: events[index].streamVersion, recordedAt: events[index].recordedAt, previousHash: previous)
            previous = events[index].hash
        }
        let forged = events.map(JSONLinesExchange.line(for:)).joined(separator: "\n") + "\n" + ExportTrailer(last: events.last).line + "\n"
        try forged.write(to: cli.folder.appendingPathComponent("forged.jsonl"), atomically: true, encoding: .utf8)
        #expect(try cli.run(["import", "forged.jsonl", "--db", "forged.sqlite"]).status == 0)
        #expect(try cli.run(["verify", "--db", "forged.sqlite"]).status == 0, "a rewrite with recomputed hashes verifies alone")
        let anchored = try cli.run(["verify", "--db", "forged.sqlite", "--expect-head", head])
        #expect(anchored.status == 1)
        #expect(anchored.error.contains("event 25 has hash") && anchored.error.contains("the log was rewritten"))
    }

    @Test func anExportCutAtALineBoundaryOrWithAWrongTrailerIsRefused() throws {
        let (cli, _) = try seeded()
        let lines = try cli.run(["export"]).output.split(separator: "\n").map(String.init)
        let trailer = try #require(lines.last)
        let cases: [(String, [String], String)] = [
            ("cut.jsonl", Array(lines.prefix(20)), "does not end with an export trailer: it may have been cut"),
            ("short.jsonl", Array(lines.prefix(20)) + [trailer], "the trailer says 25 events were exported, the file holds 20: the file was cut"),
            ("forged.jsonl", Array(lines.prefix(20)) + [ExportTrailer(events: 20, hash: String(repeating: "a", count: 64)).line],
             "is not the hash of the last event"),
            ("twice.jsonl", lines + lines, "is an export trailer, but more lines follow"),
        ]
        for (name, content, reason) in cases {
            try (content.joined(separator: "\n") + "\n").write(to: cli.folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            let result = try cli.run(["import", name, "--db", name + ".sqlite"])
            #expect(result.status != 0, "\(name)")
            #expect(result.error.contains(reason), "\(name): \(result.error)")
            #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent(name + ".sqlite").path))
        }
        try (lines.joined(separator: "\n") + "\n").write(to: cli.folder.appendingPathComponent("whole.jsonl"), atomically: true, encoding: .utf8)
        let whole = try cli.run(["import", "whole.jsonl", "--db", "whole.sqlite"])
        #expect(whole.status == 0, "\(whole.error)")
    }

    @Test func aLogWithoutTrailerNeedsTheExplicitFlag() throws {
        let cli = try CommandRunner()
        let refused = try cli.run(["import", Fixtures.seedsVersionOneLog.path])
        #expect(refused.status != 0)
        #expect(refused.error.contains("--allow-missing-trailer"))
        #expect(try cli.run(["import", Fixtures.seedsVersionOneLog.path, "--allow-missing-trailer"]).status == 0)
    }
}
