import Foundation
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import Testing

/// Issue 14, findings 4 and 5 through the command line: `import` refuses logs that hash correctly but make no
/// sense, `verify` finds the same in a log written behind the tool's back, and `append` refuses to stamp new
/// events with a future time.
@Suite(.serialized) struct ImportMeaningTests {
    private func exportFile(_ events: [RecordedEvent]) -> String {
        events.map(JSONLinesExchange.line(for:)).joined(separator: "\n") + "\n" + ExportTrailer(last: events.last).line + "\n"
    }

    private func sealed(_ sequence: [DomainEvent], times: [RecordTime]) throws -> [RecordedEvent] {
        var previous = EventChain.genesisHash
        var versions: [StreamID: Int] = [:]
        return try sequence.enumerated().map { index, event in
            let stream = StreamID.article(event.articleID)
            let version = versions[stream, default: 0] + 1
            versions[stream] = version
            let recorded = try RecordedEvent.seal(
                event, sequence: Int64(index + 1), stream: stream, streamVersion: version, recordedAt: times[index],
                previousHash: previous)
            previous = recorded.hash
            return recorded
        }
    }

    private var recently: [RecordTime] {
        (0..<4).map { RecordTime(Date().addingTimeInterval(Double($0) - 3_600)) }
    }

    @Test func aSecondArticleIngestedIsRefusedAndNothingIsCreated() throws {
        let cli = try CommandRunner()
        let article = SampleEvents.article("doppelt")
        let events = try sealed([.articleIngested(article), .articleIngested(article)], times: recently)
        try exportFile(events).write(to: cli.folder.appendingPathComponent("twice.jsonl"), atomically: true, encoding: .utf8)
        let result = try cli.run(["import", "twice.jsonl"])
        #expect(result.status != 0)
        #expect(result.error.contains("does not verify at event 2: a second ArticleIngested for article"))
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }

    @Test func aRecordTimeIn2999IsRefusedNamingTheClock() throws {
        let cli = try CommandRunner()
        let times = [recently[0], try #require(RecordTime(iso8601: "2999-01-01T00:00:00Z"))]
        let events = try sealed(
            [.articleIngested(SampleEvents.article("a")), .positionStated(SampleEvents.statement(in: "a"))], times: times)
        try exportFile(events).write(to: cli.folder.appendingPathComponent("future.jsonl"), atomically: true, encoding: .utf8)
        let result = try cli.run(["import", "future.jsonl"])
        #expect(result.status != 0)
        #expect(result.error.contains("event 2: recorded at 2999-01-01T00:00:00.000Z, more than 10 minutes after this machine's clock (UTC)"))
    }

    @Test func aLogWrittenBehindTheToolsBackIsCaughtByVerifyAndAppendRefusesItsFutureTime() async throws {
        let cli = try CommandRunner()
        let article = SampleEvents.articleID("x")
        let store = try SQLiteEventStore(path: cli.database)
        let events = try sealed(
            [.articleIngested(SampleEvents.article("x")), .statementRetracted(StatementRetracted(statementID: StatementID(rawValue: "st-0"), articleID: SampleEvents.articleID("x"), reason: "r"))],
            times: [recently[0], try #require(RecordTime(iso8601: "2999-01-01T00:00:00Z"))])
        try await store.importRecorded(events)
        let verify = try cli.run(["verify"])
        #expect(verify.status == 1)
        #expect(verify.error.contains("verify failed at event 2: recorded at 2999"))
        let append = try cli.run([
            "append", "--article", article.rawValue, "--party", "UA", "--topic", "territory", "--stance", "1", "--evidence", "x",
        ])
        #expect(append.status != 0)
        #expect(append.error.contains("later than this machine's clock (UTC)"))
    }
}
