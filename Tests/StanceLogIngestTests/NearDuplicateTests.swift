import Foundation
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest
import StanceLogSQLite
import StanceLogTesting
import Testing

/// Issue 14, finding 12: near-duplicates of an article are one article, and a re-offer with other metadata says so.
@Suite struct NearDuplicateTests {
    private static let variants: [(String, @Sendable (String) -> String)] = [
        ("double spaces", { $0.replacingOccurrences(of: " ", with: "  ") }),
        ("no-break spaces", { $0.replacingOccurrences(of: " ", with: "\u{00A0}") }),
        ("tabs", { $0.replacingOccurrences(of: " ", with: "\t") }),
        ("trailing spaces", { $0.replacingOccurrences(of: "\n", with: " \n") }),
        ("zero-width spaces", { $0.replacingOccurrences(of: "e", with: "e\u{200B}") }),
        ("straight quotes", { $0.replacingOccurrences(of: "\u{201E}", with: "\"").replacingOccurrences(of: "\u{201C}", with: "\"") }),
        ("curly quotes", { $0.replacingOccurrences(of: "\"", with: "\u{201C}") }),
    ]

    private func ingestor() throws -> (Ingestor, any EventStore) {
        let store = try SQLiteEventStore.inMemory()
        return (Ingestor(store: store, preparer: ArticlePreparer(extractor: RuleBasedExtractor(codebook: try Codebook.bundled()))), store)
    }

    private func original() throws -> String {
        try String(contentsOf: try #require(try Fixtures.seedArticles().first { $0.lastPathComponent.hasPrefix("003") }), encoding: .utf8)
    }

    @Test func sevenLayoutAndQuoteVariantsInOneBatchAreOneArticle() async throws {
        let (ingestor, store) = try ingestor()
        let text = try original()
        let inputs = [ArticleInput(name: "original.txt", bytes: Array(text.utf8))]
            + Self.variants.map { ArticleInput(name: "\($0.0).txt", bytes: Array($0.1(text).utf8)) }
        #expect(Set(inputs.map { $0.bytes }).count == inputs.count, "every variant differs in bytes")
        let outcomes = try await ingestor.ingest(inputs, overrides: IngestOverrides(date: PartialDate("2025-02-12")))
        #expect(outcomes.filter { if case .added = $0 { true } else { false } }.count == 1)
        #expect(outcomes.dropFirst().allSatisfy { if case .repeatedInBatch(_, _, "original.txt") = $0 { true } else { false } })
        #expect(try await store.read(EventQuery(types: [.articleIngested])).count == 1)
    }

    @Test(arguments: variants.map(\.0))
    func aVariantOfferedLaterIsReportedAsTheStoredArticle(variant: String) async throws {
        let (ingestor, store) = try ingestor()
        let text = try original()
        let first = try await ingestor.ingest([ArticleInput(name: "a.txt", bytes: Array(text.utf8))], overrides: IngestOverrides(date: PartialDate("2025-02-12")))
        let change = try #require(Self.variants.first { $0.0 == variant }).1
        let later = try await ingestor.ingest(
            [ArticleInput(name: "b.txt", bytes: Array(change(text).utf8))], overrides: IngestOverrides(date: PartialDate("2025-02-12")))
        guard case .alreadyIngestedWithDifferences(_, let article, let differences) = try #require(later.first) else {
            Issue.record("\(variant): \(later)")
            return
        }
        #expect(article == first.first?.article)
        #expect(differences == ["the text differs only in spacing, invisible characters or quotation marks"])
        #expect(try await store.read(EventQuery(types: [.articleIngested])).count == 1)
    }

    @Test func theSameTextWithOtherMetadataIsSkippedNamingTheDifferences() async throws {
        let (ingestor, _) = try ingestor()
        let bytes = Array(try original().utf8)
        try await ingestor.ingest([ArticleInput(name: "a.txt", bytes: bytes)], overrides: IngestOverrides(date: PartialDate("2025-02-12"), outlet: "Tagesschau"))
        let later = try await ingestor.ingest(
            [ArticleInput(name: "a.txt", bytes: bytes)],
            overrides: IngestOverrides(date: PartialDate("2025-03"), outlet: "Blick", url: "https://example.org/a"))
        guard case .alreadyIngestedWithDifferences(_, _, let differences) = try #require(later.first) else {
            Issue.record("\(later)")
            return
        }
        #expect(differences == [
            "date 2025-02-12 in the log, 2025-03 offered", "outlet 'Tagesschau' in the log, 'Blick' offered",
            "URL none in the log, https://example.org/a offered",
        ])
        let same = try await ingestor.ingest([ArticleInput(name: "a.txt", bytes: bytes)], overrides: IngestOverrides(date: PartialDate("2025-02-12"), outlet: "Tagesschau"))
        #expect(same.first.map { if case .alreadyIngested = $0 { true } else { false } } == true)
    }

    @Test func otherPunctuationAndLettersStillMakeADifferentArticle() {
        #expect(ContentKey(of: "Kiew lehnt ab.") != ContentKey(of: "Kiew lehnt ab!"))
        #expect(ContentKey(of: "Kiew lehnt ab.") != ContentKey(of: "Kiev lehnt ab."))
        #expect(ContentKey(of: "„Nein“, sagte er.") == ContentKey(of: "\"Nein\",  sagte\u{00A0}er."))
    }
}
