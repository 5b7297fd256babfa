import Foundation
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest
import StanceLogSQLite
import StanceLogTesting
import Testing

@Suite struct IngestorTests {
    private func makeIngestor() throws -> (Ingestor, SQLiteEventStore) {
        let store = try SQLiteEventStore.inMemory()
        let extractor = RuleBasedExtractor(codebook: try Codebook.bundled())
        return (Ingestor(store: store, preparer: ArticlePreparer(extractor: extractor)), store)
    }

    private func write(_ files: [String: [UInt8]]) throws -> URL {
        let folder = try Fixtures.temporaryDirectory()
        for (name, bytes) in files {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func theSeedsEnterTheLogOnceEachWithTheirManifestDates() async throws {
        let (ingestor, store) = try makeIngestor()
        let outcomes = try await ingestor.ingest(try InputCollector().collect([Fixtures.seedsDirectory.path]))
        #expect(outcomes.count == 5)
        let articles = try await store.read(EventQuery(types: [.articleIngested])).map { try $0.decoded() }
        let dates = articles.compactMap { event -> String? in
            guard case .articleIngested(let article) = event else { return nil }
            return article.published.description
        }
        #expect(dates == ["2023-11-04", "2025-12-06", "2025-02", "2025-12", "2025-02"])
        #expect(try await ChainVerifier().verify(store).isIntact)
    }

    @Test func ingestingTheSameTextAgainAddsNothingAndSaysWhichArticleItIs() async throws {
        let (ingestor, store) = try makeIngestor()
        let first = try await ingestor.ingest(try InputCollector().collect([Fixtures.seedsDirectory.path]))
        let position = try await store.lastPosition()
        let second = try await ingestor.ingest(try InputCollector().collect([Fixtures.seedsDirectory.path]))
        #expect(try await store.lastPosition() == position)
        #expect(second.map(\.article) == first.map(\.article))
        #expect(second.allSatisfy { if case .alreadyIngested = $0 { true } else { false } })
    }

    @Test func crlfLineEndsAndBlankEndsAreTheSameArticle() async throws {
        let (ingestor, store) = try makeIngestor()
        let seed = try #require(try Fixtures.seedArticles().first)
        let original = try String(contentsOf: seed, encoding: .utf8)
        let variant = "\u{FEFF}\r\n  " + original.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n\r\n"
        let folder = try write(["a.txt": Array(original.utf8), "b.txt": Array(variant.utf8)])
        let outcomes = try await ingestor.ingest(
            try InputCollector().collect([folder.path]), overrides: IngestOverrides(date: PartialDate("2023-11-04")))
        #expect(outcomes.count == 2)
        guard case .repeatedInBatch(_, let article, let firstName) = outcomes[1] else {
            Issue.record("expected the CRLF copy to be recognised, got \(outcomes[1])")
            return
        }
        #expect(article == outcomes[0].article)
        #expect(firstName.hasSuffix("a.txt"))
        #expect(try await store.read(EventQuery(types: [.articleIngested])).count == 1)
    }

    @Test func theOptionDateWinsOverTheManifestWhichWinsOverTheText() async throws {
        let (ingestor, store) = try makeIngestor()
        let seeds = try Fixtures.seedArticles()
        let inputs = try InputCollector().collect([seeds[1].path, seeds[4].path])
        try await ingestor.ingest([inputs[0]], overrides: IngestOverrides(date: PartialDate("2025-12-07"), outlet: "Blick.ch"))
        try await ingestor.ingest([inputs[1]])
        let articles = try await store.read(EventQuery(types: [.articleIngested])).map { try $0.decoded() }
        guard case .articleIngested(let overridden) = articles[0], case .articleIngested(let fromManifest) = articles[1] else {
            Issue.record("expected two articles")
            return
        }
        #expect(overridden.published.description == "2025-12-07")
        #expect(overridden.dateSource == .option)
        #expect(overridden.outlet == "Blick.ch")
        #expect(fromManifest.published.description == "2025-02")
        #expect(fromManifest.dateSource == .manifest)
    }

    @Test func aDatePrefixInTheTextDatesAnArticleWithoutManifest() async throws {
        let (ingestor, store) = try makeIngestor()
        let folder = try write(["x.txt": Array(" date 2025-02 Die USA lehnen einen Nato-Beitritt ab.".utf8)])
        try await ingestor.ingest(try InputCollector().collect([folder.path]))
        let article = try #require(try await store.read(EventQuery(types: [.articleIngested])).first?.decoded())
        guard case .articleIngested(let ingested) = article else { return }
        #expect(ingested.published.description == "2025-02")
        #expect(ingested.dateSource == .text)
    }

    @Test(arguments: [
        ("empty.txt", [UInt8](), "empty"),
        ("blank.txt", Array("  \n\r\n\t ".utf8), "only whitespace"),
        ("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D, 0x0A], "NUL bytes"),
        ("latin1.txt", Array("Selenskyj fordert Sicherheitsgarantien f".utf8) + [0xFC] + Array("r Kiew.".utf8), "not valid UTF-8"),
        ("undated.txt", Array("Moskau lehnt einen Nato-Beitritt der Ukraine ab.".utf8), "no publication date"),
    ])
    func aBadFileStopsTheWholeBatchAndLeavesTheLogUnchanged(name: String, bytes: [UInt8], expected: String) async throws {
        let (ingestor, store) = try makeIngestor()
        let good = try Fixtures.seedArticles()[1]
        let folder = try write(["good.txt": Array(try Data(contentsOf: good)), name: bytes])
        await #expect {
            try await ingestor.ingest(try InputCollector().collect([folder.path]))
        } throws: { error in
            let message = "\(error)"
            return message.contains(name) && message.contains(expected)
        }
        #expect(try await store.lastPosition() == 0)
    }

    @Test func aMissingPathOrAFolderWithoutArticlesIsNamed() throws {
        let folder = try write(["notes.md": Array("not an article".utf8)])
        #expect {
            try InputCollector().collect([folder.path + "/nope.txt"])
        } throws: { ($0 as? StanceLogError)?.code == .notFound && "\($0)".contains("nope.txt") }
        #expect {
            try InputCollector().collect([folder.path])
        } throws: { ($0 as? StanceLogError)?.code == .notFound && "\($0)".contains("no .txt files") }
    }

    @Test func aMalformedManifestIsNamedWithTheKeyThatFails() throws {
        let folder = try write([
            "a.txt": Array(" date 2025 text".utf8),
            "manifest.json": Array(#"[{"file": 3}]"#.utf8),
        ])
        #expect {
            try InputCollector().collect([folder.path])
        } throws: { "\($0)".contains("manifest.json") && "\($0)".contains("file") }
    }

    @Test func standardInputIsOneArticle() throws {
        let inputs = try InputCollector(readStandardInput: { Array(" date 2025-02 Kiew fordert Garantien.".utf8) }).collect(["-"])
        #expect(inputs.map(\.name) == ["-"])
    }
}
