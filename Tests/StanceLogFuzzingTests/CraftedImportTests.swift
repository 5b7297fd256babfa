import Foundation
import StanceLogCore
import StanceLogExtraction
import StanceLogFuzzing
import Testing

/// Issue 14, finding 4: rehashed logs that make no sense are refused at their first bad event,
/// and finding 7: the worst codebook the validator accepts keeps extraction linear.
@Suite struct CraftedImportTests {
    private static let now = RecordTime(milliseconds: 1_764_000_000_000)

    private func verdict(_ kind: CraftedLog) async throws -> ChainVerifier.Problem? {
        let codebook = try Codebook.bundled()
        let events = try kind.events(
            start: RecordTime(milliseconds: Self.now.milliseconds - 3_600_000), codebook: codebook.identity, party: "UA",
            topic: "territory")
        let staging = InMemoryEventStore()
        try await staging.importRecorded(events)
        let vocabulary = LogVocabulary(codebooks: [
            codebook.identity: LogVocabulary.Entry(parties: Set(codebook.parties.map(\.id)), topics: Set(codebook.topics.map(\.id)))
        ])
        return try await ChainVerifier(vocabulary: vocabulary, now: Self.now).verify(staging).firstProblem
    }

    @Test(arguments: [
        (CraftedLog.statementBeforeItsArticle, "comes before the ArticleIngested"),
        (.statementWithoutArticle, "comes before the ArticleIngested"),
        (.correctionOfAMissingStatement, "which does not exist"),
        (.correctionAfterRetraction, "which was retracted"),
        (.doubleRetraction, "which was retracted"),
        (.statementIDInAnotherArticle, "already belongs to article"),
        (.partyOutsideTheCodebook, "party 'XX' is not in codebook"),
        (.markupAsParty, "party \"<b>XX</b>\" is not a codebook id"),
        (.topicOutsideTheCodebook, "topic 'weather' is not in codebook"),
        (.secondArticleIngested, "a second ArticleIngested"),
        (.recordTimeInTheFuture, "more than 10 minutes after this machine's clock (UTC)"),
    ])
    func aSelfConsistentButMeaninglessLogIsRefusedAtItsFirstBadEvent(kind: CraftedLog, reason: String) async throws {
        let problem = try #require(try await verdict(kind), "\(kind) was accepted")
        #expect(problem.sequence == kind.firstBadEvent)
        #expect(problem.reason.contains(reason), "\(problem)")
    }

    @Test func aSoundLogWithARetractionPasses() async throws {
        #expect(try await verdict(.sound) == nil)
    }

    @Test func theCheckTheFuzzRunRunsFindsNothingWrong() async throws {
        let codebook = try Codebook.bundled()
        let vocabulary = LogVocabulary(codebooks: [
            codebook.identity: LogVocabulary.Entry(parties: Set(codebook.parties.map(\.id)), topics: Set(codebook.topics.map(\.id)))
        ])
        let check = CraftedImportCheck(vocabulary: vocabulary, codebook: codebook.identity, party: "UA", topic: "territory")
        #expect(try await check.violations(now: Self.now).isEmpty)
        let lenient = CraftedImportCheck(vocabulary: LogVocabulary(), codebook: codebook.identity, party: "UA", topic: "territory")
        #expect(try await lenient.violations(now: Self.now).count == 2, "without the codebook, XX and weather pass the id check")
    }
}
