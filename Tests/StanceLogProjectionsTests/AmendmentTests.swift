import Foundation
import StanceLogCore
import StanceLogSQLite
import StanceLogTimeline
import Testing

@Suite struct AmendmentTests {
    @Test func correctionReplacesTheStanceAndKeepsThePastKnowable() async throws {
        let log = try TestLog()
        let stated = TestLog.statement("a", "US", "security_guarantees", -1, date: "2025-02-14")
        let recorded = try await log.ingest(TestLog.article("a"), [stated])
        try await log.correct(stated, stance: 1)
        #expect(try await log.stance("US", "security_guarantees", at: "2025-03-01") == 1)
        let before = try #require(recorded.last?.sequence)
        #expect(try await log.stance("US", "security_guarantees", at: "2025-03-01", asOf: .sequence(before)) == -1)
    }

    @Test func correctionOfTheEvidenceShowsTheNewSentence() async throws {
        let log = try TestLog()
        let stated = TestLog.statement("a", "US", "territory", 1, date: "2025-02-14", evidence: "Old sentence.")
        try await log.ingest(TestLog.article("a"), [stated])
        try await log.correct(stated, evidence: "New sentence.")
        let point = try #require(try await log.timeline("US", "territory").first)
        #expect(point.evidence == "New sentence.")
        let statements = try await log.queries.statements(party: "US", topic: "territory")
        #expect(statements.map(\.evidence) == ["New sentence."])
        #expect(statements.map(\.reviewed) == [true])
    }

    @Test func correctionToAnotherTopicMovesTheStatementBetweenTimelines() async throws {
        let log = try TestLog()
        let stated = TestLog.statement("a", "US", "territory", 1, date: "2025-02-14")
        try await log.ingest(TestLog.article("a"), [stated])
        try await log.correct(stated, topic: "nato_membership")
        #expect(try await log.timeline("US", "territory").isEmpty)
        #expect(try await log.timeline("US", "nato_membership").map(\.stance.value) == [1])
    }

    @Test func correctionToAnEarlierDateMovesThePointBack() async throws {
        let log = try TestLog()
        let stated = TestLog.statement("a", "US", "territory", 1, date: "2025-02-14")
        try await log.ingest(TestLog.article("a"), [stated])
        try await log.correct(stated, date: "2024-06")
        #expect(try await log.timeline("US", "territory").map(\.date.description) == ["2024-06"])
        #expect(try await log.stance("US", "territory", at: "2024-07-01") == 1)
    }

    @Test func retractedStatementNoLongerCounts() async throws {
        let log = try TestLog()
        let first = TestLog.statement("a", "RU", "territory", 2, date: "2024-01-10")
        let second = TestLog.statement("a", "RU", "territory", -2, date: "2025-01-10")
        try await log.ingest(TestLog.article("a"), [first, second])
        try await log.retract(second)
        #expect(try await log.stance("RU", "territory", at: "2025-12-31") == 2)
        #expect(try await log.timeline("RU", "territory").map(\.stance.value) == [2])
    }

    @Test func correctionOfARetractedStatementChangesNothing() async throws {
        let log = try TestLog()
        let stated = TestLog.statement("a", "RU", "territory", 2, date: "2024-01-10")
        try await log.ingest(TestLog.article("a"), [stated])
        try await log.retract(stated)
        try await log.correct(stated, stance: -2)
        #expect(try await log.timeline("RU", "territory").isEmpty)
    }

    @Test func supersededExtractionNoLongerCountsButTheNewOneDoes() async throws {
        let log = try TestLog()
        let old = TestLog.statement("a", "US", "territory", -1, date: "2025-02-12", extractor: TestLog.rules1)
        let new = TestLog.statement("a", "US", "territory", 1, date: "2025-02-12", extractor: TestLog.rules2)
        let recorded = try await log.ingest(TestLog.article("a", extractor: TestLog.rules1), [old])
        try await log.append(
            .positionStated(new),
            .extractionSuperseded(
                ExtractionSuperseded(
                    articleID: old.articleID, previous: TestLog.rules1, current: TestLog.rules2, statementCount: 1)))
        #expect(try await log.timeline("US", "territory").map(\.stance.value) == [1])
        let beforeReextraction = try #require(recorded.last?.sequence)
        #expect(try await log.stance("US", "territory", at: "2025-12-31", asOf: .sequence(beforeReextraction)) == -1)
        #expect(try await log.stance("US", "territory", at: "2025-12-31", asOf: .sequence(beforeReextraction + 1)) == -1)
    }

    @Test func analystStatementsSurviveReextraction() async throws {
        let log = try TestLog()
        let analyst = TestLog.statement("a", "UA", "territory", -2, date: "2025-02-12")
        try await log.ingest(TestLog.article("a", extractor: TestLog.rules1), [analyst])
        try await log.append(
            .extractionSuperseded(
                ExtractionSuperseded(
                    articleID: analyst.articleID, previous: TestLog.rules1, current: TestLog.rules2, statementCount: 0)))
        #expect(try await log.timeline("UA", "territory").map(\.stance.value) == [-2])
    }

    @Test func correctedStatementOfASupersededExtractionStillCounts() async throws {
        let log = try TestLog()
        let old = TestLog.statement("a", "US", "territory", -1, date: "2025-02-12", extractor: TestLog.rules1)
        let reextracted = TestLog.statement("a", "US", "territory", 2, date: "2025-02-12", extractor: TestLog.rules2)
        try await log.ingest(TestLog.article("a", extractor: TestLog.rules1), [old])
        try await log.correct(old, stance: 1)
        try await log.append(
            .positionStated(reextracted),
            .extractionSuperseded(
                ExtractionSuperseded(
                    articleID: old.articleID, previous: TestLog.rules1, current: TestLog.rules2, statementCount: 1)))
        let points = try await log.timeline("US", "territory")
        #expect(points.map(\.stance.value) == [1])
        #expect(points.first?.statementID == old.statementID)
        #expect(points.first?.statements == 2)
    }
}
