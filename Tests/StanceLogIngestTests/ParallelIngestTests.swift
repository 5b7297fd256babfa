import Foundation
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest
import StanceLogSQLite
import StanceLogTesting
import Testing

@Suite struct ParallelIngestTests {
    /// The corpus beside the repository when present, otherwise the seeds.
    private func inputs() throws -> [ArticleInput] {
        let folder = Fixtures.corpusDirectory?.path ?? Fixtures.seedsDirectory.path
        return try InputCollector().collect([folder])
    }

    private func ingest(_ inputs: [ArticleInput], jobs: Int) async throws -> [RecordedEvent] {
        let store = try SQLiteEventStore.inMemory()
        let preparer = ArticlePreparer(extractor: RuleBasedExtractor(codebook: try Codebook.bundled()))
        try await Ingestor(store: store, preparer: preparer, jobs: jobs)
            .ingest(inputs, overrides: IngestOverrides(date: PartialDate("2025-01-01")))
        return try await store.read(EventQuery())
    }

    @Test func fourJobsAppendTheEventsOfOneJobInTheSameOrder() async throws {
        let inputs = try inputs()
        let one = try await ingest(inputs, jobs: 1)
        let four = try await ingest(inputs, jobs: 4)
        #expect(one.count > inputs.count)
        #expect(one.map(\.type) == four.map(\.type))
        #expect(one.map(\.stream) == four.map(\.stream))
        #expect(one.map(\.payload) == four.map(\.payload))
    }

    @Test func theFirstBadInputInInputOrderIsReportedWhateverFinishesFirst() async throws {
        let folder = try Fixtures.temporaryDirectory()
        for index in 0..<8 {
            let text = index == 2 || index == 6 ? "" : "Artikel \(index)\n\nDie Regierung lehnt einen NATO-Beitritt ab."
            try Data(text.utf8).write(to: folder.appendingPathComponent("a\(index).txt"))
        }
        let store = try SQLiteEventStore.inMemory()
        let preparer = ArticlePreparer(extractor: RuleBasedExtractor(codebook: try Codebook.bundled()))
        do {
            try await Ingestor(store: store, preparer: preparer, jobs: 4)
                .ingest(try InputCollector().collect([folder.path]), overrides: IngestOverrides(date: PartialDate("2025")))
            Issue.record("an empty input was accepted")
        } catch let error as StanceLogError {
            #expect(error.code == .unreadableFile)
            #expect(error.message.contains("a2.txt"))
        }
        #expect(try await store.lastPosition() == 0)
    }
}
