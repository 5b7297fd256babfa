import Foundation
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest
import StanceLogSQLite
import StanceLogTesting
import Testing

@Suite struct AnalystDeskTests {
    private let text = "Selenskyj hatte Verhandlungsbereitschaft für zeitweise Gebietsabtretungen erklärt. Mehr nicht."

    private func makeDesk() async throws -> (AnalystDesk, any EventStore, ArticleID) {
        let store = try SQLiteEventStore.inMemory()
        let ingestor = Ingestor(store: store, preparer: ArticlePreparer(extractor: RuleBasedExtractor(codebook: try Codebook.bundled())))
        let outcomes = try await ingestor.ingest(
            [ArticleInput(name: "a.txt", bytes: Array(text.utf8))], overrides: IngestOverrides(date: PartialDate("2025-02-12")))
        return (AnalystDesk(store: store, codebook: try Codebook.bundled()), store, try #require(outcomes.first).article)
    }

    private func statement(_ article: ArticleID, party: PartyID = "UA", topic: TopicID = "territory") -> AnalystStatement {
        AnalystStatement(
            article: article, party: party, topic: topic, stance: Stance(1)!, attribution: .reported, speaker: "Selenskyj",
            evidence: "Selenskyj hatte Verhandlungsbereitschaft für zeitweise Gebietsabtretungen erklärt.", date: nil)
    }

    @Test func anAppendedStatementLocatesItsEvidenceAndTakesTheArticleDate() async throws {
        let (desk, _, article) = try await makeDesk()
        let stated = try await desk.append(statement(article))
        #expect(stated.origin == .analyst)
        #expect(stated.validDate.description == "2025-02-12")
        let span = try #require(stated.evidence.first)
        #expect(span.start == 0)
        #expect(span.end == span.text.unicodeScalars.count)
    }

    @Test(arguments: [("XX", "territory", "unknown party 'XX'"), ("UA", "weather", "unknown topic 'weather'")])
    func unknownPartiesAndTopicsAreRefusedWithTheValidOnes(party: String, topic: String, expected: String) async throws {
        let (desk, store, article) = try await makeDesk()
        let before = try await store.lastPosition()
        await #expect {
            try await desk.append(statement(article, party: PartyID(party), topic: TopicID(topic)))
        } throws: { error in
            "\(error)".contains(expected) && "\(error)".contains("use one of")
        }
        #expect(try await store.lastPosition() == before)
    }

    @Test func anUnknownArticleIsRefused() async throws {
        let (desk, _, _) = try await makeDesk()
        let missing = SampleEvents.articleID("missing")
        await #expect {
            try await desk.append(statement(missing))
        } throws: { ($0 as? StanceLogError)?.code == .notFound && "\($0)".contains(missing.rawValue) }
    }

    @Test func correctionsAndRetractionsAppendAndKeepTheOriginal() async throws {
        let (desk, store, article) = try await makeDesk()
        let stated = try await desk.append(statement(article))
        let corrected = try await desk.correct(stated.statementID, with: StatementAmendment(stance: Stance(2), reason: "a demand"))
        #expect(corrected.stance == Stance(2))
        #expect(corrected.articleID == article)
        try await desk.retract(stated.statementID, reason: "duplicate of another article")
        let history = try await store.read(EventQuery(statementID: stated.statementID)).map(\.type)
        #expect(history == [.positionStated, .statementCorrected, .statementRetracted])
        await #expect {
            try await desk.retract(stated.statementID, reason: "again")
        } throws: { "\($0)".contains("already retracted") }
        #expect(try await ChainVerifier().verify(store).isIntact)
    }

    @Test func aCorrectionThatChangesNothingOrNamesNoStatementIsRefused() async throws {
        let (desk, store, article) = try await makeDesk()
        let stated = try await desk.append(statement(article))
        let before = try await store.lastPosition()
        await #expect {
            try await desk.correct(stated.statementID, with: StatementAmendment(reason: "nothing"))
        } throws: { "\($0)".contains("changes nothing") }
        await #expect {
            try await desk.correct(StatementID(rawValue: "st-nope"), with: StatementAmendment(stance: Stance(0), reason: "x"))
        } throws: { ($0 as? StanceLogError)?.code == .notFound && "\($0)".contains("st-nope") }
        #expect(try await store.lastPosition() == before)
    }
}
