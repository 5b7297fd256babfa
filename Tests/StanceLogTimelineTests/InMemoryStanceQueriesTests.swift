import Foundation
import StanceLogCore
import StanceLogTesting
import StanceLogTimeline
import Testing

/// The in-memory queries answer with the timeline rules, so that tests above the storage can rely on them.
@Suite struct InMemoryStanceQueriesTests {
    let queries = SampleTimeline.queries

    @Test func timelineListsTheChangePointsInDateOrder() async throws {
        let points = try await queries.timeline(party: "US", topic: "security_guarantees")
        #expect(points.map(\.date.description) == ["2023-11-04", "2025-02", "2025-12-06"])
        #expect(points.map(\.stance.value) == [1, -1, 1])
        #expect(points.map { $0.previous?.value } == [nil, 1, -1])
        #expect(points[1].speaker == "Hegseth")
    }

    @Test func aPartialDateCountsAtTheEndOfItsPeriod() async throws {
        let before = try await queries.state(at: try #require(PartialDate("2025-02-27")), filter: StanceFilter(parties: ["US"]))
        let after = try await queries.state(at: try #require(PartialDate("2025-02-28")), filter: StanceFilter(parties: ["US"]))
        #expect(before.first?.reading.stance?.value == 1)
        #expect(after.first?.reading.stance?.value == -1)
    }

    @Test func asOfAnswersFromTheVersionsAliveThen() async throws {
        let then = try await queries.timeline(party: "US", topic: "security_guarantees", asOf: .sequence(4))
        #expect(then.map(\.stance.value) == [1, -2])
        let cells = try await queries.state(at: try #require(PartialDate("2025")), asOf: .sequence(4))
        #expect(cells.map(\.party) == ["US"], "UA's timeline is unknown before event 8")
    }

    @Test func diffCountsTheStatementsBetweenAndListsTheChanges() async throws {
        let rows = try await queries.diff(from: try #require(PartialDate("2024")), to: try #require(PartialDate("2025-12-31")))
        let us = try #require(rows.first { $0.party == "US" })
        #expect(us.change == 0)
        #expect(us.changed)
        #expect(us.changes.map(\.stance.value) == [-1, 1])
        #expect(us.statementsBetween == 2)
        #expect(rows.map(\.party) == ["UA", "US"])
    }

    @Test func diffRefusesDatesInTheWrongOrder() async throws {
        await #expect(throws: StanceLogError.self) {
            try await queries.diff(from: try #require(PartialDate("2025")), to: try #require(PartialDate("2024")))
        }
    }

    @Test func articlesCountTheirLiveStatements() async throws {
        let articles = try await queries.articles()
        #expect(articles.map(\.title) == ["DW news", "Hegseth in Brüssel", "Blick"])
        #expect(articles.map(\.statements) == [1, 1, 2])
        #expect(try await queries.articles(asOf: .sequence(2)).map(\.title) == ["DW news"])
    }
}
