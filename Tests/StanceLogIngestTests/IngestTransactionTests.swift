import Foundation
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest
import StanceLogSQLite
import StanceLogTesting
import Testing

/// How ``Ingestor`` writes: in transactions of whole articles, tolerating a rival writer.
@Suite struct IngestTransactionTests {
    private let preparer: ArticlePreparer

    init() throws {
        preparer = ArticlePreparer(extractor: RuleBasedExtractor(codebook: try Codebook.bundled()))
    }

    private func seeds() throws -> [ArticleInput] {
        try InputCollector().collect([Fixtures.seedsDirectory.path])
    }

    /// Per stream, the events' types and payloads: what two logs must share to hold the same articles.
    private func contents(of store: any EventStore) async throws -> [StreamID: [String]] {
        let events = try await store.read(EventQuery())
        return Dictionary(grouping: events, by: \.stream).mapValues { events in
            events.map { "\($0.streamVersion) \($0.type.rawValue) \(String(decoding: $0.payload, as: UTF8.self))" }
        }
    }

    private func cleanIngest() async throws -> [StreamID: [String]] {
        let store = try SQLiteEventStore.inMemory()
        try await Ingestor(store: store, preparer: preparer).ingest(try seeds())
        return try await contents(of: store)
    }

    @Test func anArticleAnotherWriterAddedBetweenCheckAndWriteIsReportedAsAlreadyIngested() async throws {
        let inputs = try seeds()
        let rival = try preparer.prepare(inputs[2], overrides: IngestOverrides())
        let base = try SQLiteEventStore.inMemory()
        let store = ScriptedStore(
            base: base,
            rivalAppend: [StreamAppend(stream: .article(rival.ingested.articleID), expectedVersion: .noStream, events: rival.events)])
        let outcomes = try await Ingestor(store: store, preparer: preparer).ingest(inputs)
        #expect(outcomes.count == 5)
        #expect(outcomes[2] == .alreadyIngested(name: inputs[2].name, article: rival.ingested.articleID))
        #expect(outcomes.enumerated().allSatisfy { index, outcome in
            if case .added = outcome { index != 2 } else { index == 2 }
        })
        #expect(try await contents(of: base) == (try await cleanIngest()))
        #expect(try await ChainVerifier().verify(base).isIntact)
    }

    @Test func newArticlesAreWrittenInTransactionsOfTheChosenSize() async throws {
        let store = ScriptedStore(base: try SQLiteEventStore.inMemory())
        try await Ingestor(store: store, preparer: preparer, articlesPerTransaction: 2).ingest(try seeds())
        #expect(await store.appendedStreams == [2, 2, 1])
    }

    @Test func anIngestStoppedMidwayKeepsWholeArticlesAndARerunCompletesIt() async throws {
        let base = try SQLiteEventStore.inMemory()
        let failing = ScriptedStore(base: base, failingAppend: 2)
        await #expect(throws: StanceLogError.self) {
            try await Ingestor(store: failing, preparer: preparer, articlesPerTransaction: 2).ingest(try seeds())
        }
        let clean = try await cleanIngest()
        let partial = try await contents(of: base)
        #expect(partial.count == 2)
        #expect(partial.allSatisfy { clean[$0.key] == $0.value })

        let outcomes = try await Ingestor(store: base, preparer: preparer, articlesPerTransaction: 2).ingest(try seeds())
        #expect(outcomes.filter { if case .alreadyIngested = $0 { true } else { false } }.count == 2)
        #expect(try await contents(of: base) == clean)
        #expect(try await ChainVerifier().verify(base).isIntact)
    }

    @Test func aBadFileAmongManyChunksWritesNothing() async throws {
        let folder = try Fixtures.temporaryDirectory()
        for seed in try Fixtures.seedArticles() {
            try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent(seed.lastPathComponent))
        }
        try FileManager.default.copyItem(
            at: Fixtures.seedsDirectory.appendingPathComponent("manifest.json"),
            to: folder.appendingPathComponent("manifest.json"))
        try Data().write(to: folder.appendingPathComponent("zz_empty.txt"))
        let store = ScriptedStore(base: try SQLiteEventStore.inMemory())
        await #expect(throws: StanceLogError.self) {
            try await Ingestor(store: store, preparer: preparer, articlesPerTransaction: 1)
                .ingest(try InputCollector().collect([folder.path]))
        }
        #expect(await store.appendedStreams.isEmpty)
        #expect(try await store.lastPosition() == 0)
    }
}
