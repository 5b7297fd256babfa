import Foundation
import StanceLogCore
import StanceLogIngest
import StanceLogSQLite
import StanceLogTesting
import Testing

/// An extractor that finds one fixed statement, under a chosen version.
private struct FixedExtractor: StatementExtractor {
    let version: String
    let stance: Int
    var party: PartyID = "RU"

    var identity: ExtractorIdentity { ExtractorIdentity(name: "fixed", version: version, codebook: "test@1") }

    func extract(from text: NormalizedText) -> [ExtractedStatement] {
        [
            ExtractedStatement(
                party: party, topic: "nato_membership", stance: Stance(stance)!, attribution: .reported, speaker: nil,
                evidence: [EvidenceSpan(text: text.value, start: 0, end: text.value.unicodeScalars.count)], date: nil,
                confidence: 0.5)
        ]
    }
}

@Suite struct ReextractorTests {
    private func ingested(with extractor: FixedExtractor) async throws -> any EventStore {
        let store = try SQLiteEventStore.inMemory()
        let ingestor = Ingestor(store: store, preparer: ArticlePreparer(extractor: extractor))
        try await ingestor.ingest(
            [ArticleInput(name: "a.txt", bytes: Array(" date 2025-02 Moskau lehnt ab.".utf8)),
             ArticleInput(name: "b.txt", bytes: Array(" date 2025-03 Moskau lehnt weiter ab.".utf8))])
        return store
    }

    @Test func aNewExtractorVersionAppendsStatementsAndSupersedesTheOldExtraction() async throws {
        let store = try await ingested(with: FixedExtractor(version: "1", stance: -1))
        let before = try await store.read(EventQuery())
        let outcomes = try await Reextractor(store: store, extractor: FixedExtractor(version: "2", stance: -2)).reextractAll()
        #expect(outcomes.map(\.previous?.version) == ["1", "1"])
        let after = try await store.read(EventQuery())
        #expect(Array(after.prefix(before.count)) == before)
        let added = after.dropFirst(before.count).map(\.type)
        #expect(added == [.positionStated, .extractionSuperseded, .positionStated, .extractionSuperseded])
        let newStatement = try #require(after.dropFirst(before.count).first)
        #expect(newStatement.index.stance == Stance(-2))
        #expect(newStatement.index.extraction == "fixed@2+test@1")
        #expect(try await ChainVerifier().verify(store).isIntact)
    }

    @Test func reextractingWithTheSameExtractorDoesNothing() async throws {
        let extractor = FixedExtractor(version: "1", stance: -1)
        let store = try await ingested(with: extractor)
        let position = try await store.lastPosition()
        let outcomes = try await Reextractor(store: store, extractor: extractor).reextractAll()
        #expect(outcomes.allSatisfy { $0.previous == nil })
        #expect(try await store.lastPosition() == position)
    }

    @Test func aSecondUpgradeSupersedesTheFirstOne() async throws {
        let store = try await ingested(with: FixedExtractor(version: "1", stance: -1))
        try await Reextractor(store: store, extractor: FixedExtractor(version: "2", stance: -2)).reextractAll()
        let third = try await Reextractor(store: store, extractor: FixedExtractor(version: "3", stance: 0)).reextractAll()
        #expect(third.map(\.previous?.version) == ["2", "2"])
    }

    @Test func aRetractionThatNoNewStatementMatchesStaysRecordedAndCoversTheClaimWhenItIsFoundAgain() async throws {
        let store = try await ingested(with: FixedExtractor(version: "1", stance: -1))
        let stated = try await store.read(EventQuery(types: [.positionStated]))
        let first = try #require(stated.first)
        let id = try #require(first.index.statementID)
        try await store.append(
            [.statementRetracted(StatementRetracted(statementID: id, articleID: first.index.articleID, reason: "misread"))],
            to: first.stream, expectedVersion: .any)
        let elsewhere = try await Reextractor(store: store, extractor: FixedExtractor(version: "2", stance: -1, party: "UA"))
            .reextractAll()
        let lost = try #require(elsewhere.first { $0.article == first.index.articleID })
        #expect(lost.change.carried.map(\.curated) == [id])
        #expect(lost.change.carried.allSatisfy { $0.retracted && $0.newStatement == nil })
        let back = try await Reextractor(store: store, extractor: FixedExtractor(version: "3", stance: -2)).reextractAll()
        let found = try #require(back.first { $0.article == first.index.articleID })
        #expect(found.change.carried.map(\.curated) == [id])
        #expect(found.change.carried.allSatisfy { $0.retracted && $0.newStatement != nil })
    }
}
