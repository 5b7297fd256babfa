import Foundation
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest
import StanceLogSQLite
import StanceLogTesting
import Testing

/// A store where another analyst appends to the same article just before each of the first `rivals` appends.
private actor RivalStore: EventStore {
    let base: any EventStore
    private var rivals: Int
    private(set) var attempts = 0

    init(base: any EventStore, rivals: Int) {
        self.base = base
        self.rivals = rivals
    }

    @discardableResult
    func append(_ batches: [StreamAppend]) async throws -> [RecordedEvent] {
        attempts += 1
        if rivals > 0, let stream = batches.first?.stream {
            rivals -= 1
            let first = try await base.readStream(stream)
            guard case .articleIngested(let article) = try first.first?.decoded() else { return [] }
            let rival = PositionStated(
                statementID: StatementID.derived(from: ["rival", String(rivals), article.articleID.rawValue]),
                articleID: article.articleID, party: "RU", topic: "territory", stance: Stance(-1)!, attribution: .direct,
                speaker: nil, evidence: [EvidenceSpan(text: "Rivale.")], validDate: article.published, origin: .analyst,
                extractor: nil, confidence: nil)
            try await base.append([.positionStated(rival)], to: stream, expectedVersion: .any)
        }
        return try await base.append(batches)
    }

    func read(_ query: EventQuery) async throws -> [RecordedEvent] { try await base.read(query) }
    func readStream(_ stream: StreamID) async throws -> [RecordedEvent] { try await base.readStream(stream) }
    func lastPosition() async throws -> Int64 { try await base.lastPosition() }
    func importRecorded(_ events: [RecordedEvent]) async throws { try await base.importRecorded(events) }
}

/// Issue 14, finding 10: append, correct, retract and reextract re-read and retry a stream-version conflict,
/// a bounded number of times, and say which versions met.
@Suite struct ConflictRetryTests {
    private let text = "Selenskyj hatte Verhandlungsbereitschaft für zeitweise Gebietsabtretungen erklärt. Mehr nicht."

    private func ingested(rivals: Int) async throws -> (RivalStore, AnalystDesk, ArticleID) {
        let base = try SQLiteEventStore.inMemory()
        let codebook = try Codebook.bundled()
        let outcomes = try await Ingestor(store: base, preparer: ArticlePreparer(extractor: RuleBasedExtractor(codebook: codebook)))
            .ingest([ArticleInput(name: "a.txt", bytes: Array(text.utf8))], overrides: IngestOverrides(date: PartialDate("2025-02-12")))
        let store = RivalStore(base: base, rivals: rivals)
        return (store, AnalystDesk(store: store, codebook: codebook), try #require(outcomes.first).article)
    }

    private func statement(_ article: ArticleID) -> AnalystStatement {
        AnalystStatement(
            article: article, party: "UA", topic: "territory", stance: Stance(1)!, attribution: .reported, speaker: nil,
            evidence: "Selenskyj hatte Verhandlungsbereitschaft für zeitweise Gebietsabtretungen erklärt.", date: nil)
    }

    @Test func appendCorrectAndRetractWinAgainstARivalWriter() async throws {
        let (store, desk, article) = try await ingested(rivals: 3)
        let stated = try await desk.append(statement(article))
        try await desk.correct(stated.statementID, with: StatementAmendment(stance: Stance(2), reason: "eine Forderung"))
        try await desk.retract(stated.statementID, reason: "doppelt")
        #expect(await store.attempts == 6, "each of the three actions lost once and won on its second attempt")
        let history = try await store.read(EventQuery(statementID: stated.statementID)).map(\.type)
        #expect(history == [.positionStated, .statementCorrected, .statementRetracted])
        #expect(try await ChainVerifier().verify(store).isIntact)
    }

    @Test func reextractRetriesTheWholePassAfterARivalWrote() async throws {
        let (store, _, _) = try await ingested(rivals: 1)
        let other = RuleBasedExtractor(
            codebook: try Codebook.decode(
                try JSONEncoder().encode(try Codebook.bundled()).replacingVersion(), source: "newer codebook"))
        let outcomes = try await Reextractor(store: store, extractor: other).reextractAll()
        #expect(outcomes.count == 1 && outcomes[0].previous != nil)
        #expect(await store.attempts == 2)
        #expect(try await store.read(EventQuery(types: [.extractionSuperseded])).count == 1)
    }

    @Test func aConflictThatNeverEndsGivesUpAfterTheBoundShowingVersionsAsNumbers() async throws {
        let (store, desk, article) = try await ingested(rivals: 100)
        await #expect {
            try await desk.append(statement(article))
        } throws: { error in
            let text = "\(error)"
            return (error as? StanceLogError)?.code == .wrongExpectedVersion && !text.contains("exactly(")
                && text.contains("the writer expected version ") && text.contains("(8 attempts")
        }
        #expect(await store.attempts == 8)
    }
}

extension Data {
    /// The codebook JSON with another version, so that its extractor identity differs.
    fileprivate func replacingVersion() throws -> Data {
        var object = try #require(try JSONSerialization.jsonObject(with: self) as? [String: Any])
        object["version"] = "\(object["version"] ?? "")-retry"
        return try JSONSerialization.data(withJSONObject: object)
    }
}
