import Foundation
import StanceLogCore
import StanceLogReport
import StanceLogTesting
import StanceLogTimeline
import Testing

/// The report is built from the query protocol alone, so it is tested on queries held in memory.
@Suite struct ReportBuilderTests {
    private let builder = ReportBuilder(
        queries: SampleTimeline.queries,
        parties: [ReportParty(id: "US", name: "United States"), ReportParty(id: "UA", name: "Ukraine")],
        topics: [
            ReportBuilder.Topic(id: "security_guarantees", question: "Guarantees?"),
            ReportBuilder.Topic(id: "nato_membership", question: "NATO?"),
        ])

    @Test func theDefaultWindowIsTheSpanOfTheStatements() async throws {
        let model = try await builder.build(from: nil, to: nil, filter: .all, asOf: nil, logPosition: 8)
        #expect(model.window == 20231104...20251231)
        #expect(model.title == "Negotiation stances 2023-11-04 – 2025-12-31")
        let us = try #require(model.topics.first { $0.id == "security_guarantees" }?.series.first)
        #expect(us.steps.map(\.day) == [20231104, 20250228, 20251206])
        #expect(us.statements.map(\.articleTitle) == ["DW news", "Hegseth in Brüssel", "Blick"])
        #expect(us.statements.map(\.review.isReviewed) == [false, true, false])
        #expect(model.articles.count == 3)
    }

    @Test func historyBeforeFromIsCarriedAsTheStanceAtFrom() async throws {
        let model = try await builder.build(from: PartialDate("2025-01"), to: nil, filter: .all, asOf: nil, logPosition: 8)
        let us = try #require(model.topics.first { $0.id == "security_guarantees" }?.series.first)
        #expect(us.carried)
        #expect(us.steps.first?.day == 20250101)
        #expect(us.steps.map(\.day) == [20250101, 20250228, 20251206])
    }

    @Test func theStateAndTheDiffFollowTheWindow() async throws {
        let model = try await builder.build(
            from: PartialDate("2025-01"), to: PartialDate("2025-06"), filter: StanceFilter(parties: ["US"]), asOf: nil,
            logPosition: 8)
        #expect(model.state.cells.map(\.latest.stance.value) == [-1])
        #expect(model.diff.rows.map(\.statementsBetween) == [1])
        #expect(model.articles.map(\.title) == ["Hegseth in Brüssel"])
    }

    @Test func anEmptySelectionIsRefused() async throws {
        let error = await #expect(throws: StanceLogError.self) {
            try await builder.build(from: nil, to: nil, filter: StanceFilter(parties: ["RU"]), asOf: nil, logPosition: 8)
        }
        #expect(error?.code == .notFound)
    }
}
