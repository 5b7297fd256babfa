import Foundation
import StanceLogCore
import StanceLogTimeline
import StanceLogTesting
import Testing

@Suite struct StanceCombinerTests {
    private func member(
        _ stance: Int, _ attribution: Attribution = .direct, reviewed: Bool = true, id: String? = nil,
        date: String = "2025-02-12"
    ) -> TimelineMember {
        let partial = PartialDate(date)!
        return TimelineMember(
            statementID: StatementID(rawValue: id ?? "st-\(stance)-\(attribution.rawValue)-\(reviewed)"),
            articleID: SampleEvents.articleID("a"), stance: stance, attribution: attribution, reviewed: reviewed,
            validDate: partial, fromSeq: 1)
    }

    @Test(arguments: [
        ([1, -1], 0), ([2, 1], 1), ([-2, -1], -1), ([2, -1], 0), ([1, 1, -2], 0), ([2, 2, -1], 1), ([-2, -2, 1], -1),
        ([2], 2),
    ])
    func meanOfEquallyStrongStatementsRoundsTowardsZero(stances: [Int], expected: Int) {
        let members = stances.enumerated().map { member($1, id: "st-\($0)") }
        #expect(StanceCombiner.combine(members)?.stance == expected)
    }

    @Test func directStatementOutweighsReportedAndInferredOnes() {
        let combined = StanceCombiner.combine([member(2, .reported), member(-1, .direct), member(2, .inferred)])
        #expect(combined?.stance == -1)
        #expect(combined?.representative.attribution == .direct)
    }

    @Test func reportedStatementOutweighsInferredOne() {
        #expect(StanceCombiner.combine([member(2, .inferred), member(-2, .reported)])?.stance == -2)
    }

    @Test func reviewedStatementOutweighsExtractedOneWhateverItsAttribution() {
        let combined = StanceCombiner.combine([member(2, .direct, reviewed: false), member(-1, .inferred)])
        #expect(combined?.stance == -1)
    }

    @Test func evidenceIsTheStatementClosestToTheCombinedStanceInAnyOrder() {
        let members = [member(2, id: "st-b"), member(0, id: "st-a"), member(1, id: "st-c")]
        let first = StanceCombiner.combine(members)
        let reversed = StanceCombiner.combine(members.reversed())
        #expect(first?.stance == 1)
        #expect(first?.representative.statementID.rawValue == "st-c")
        #expect(reversed?.representative == first?.representative)
    }

    @Test func dayPreciseStatementIsPreferredAsEvidenceOverMonthAtTheSameEnd() {
        let combined = StanceCombiner.combine([
            member(1, id: "st-a", date: "2025-02"), member(1, id: "st-b", date: "2025-02-28"),
        ])
        #expect(combined?.representative.validDate.description == "2025-02-28")
    }

    @Test func pointsRecordThePreviousStanceAndTheirOwnStatementCount() {
        let members = [member(1, id: "st-1", date: "2024-01-01"), member(1, id: "st-2", date: "2024-06-01"),
            member(-1, id: "st-3", date: "2025-01-01"), member(-1, id: "st-4", date: "2025-01-01")]
        let points = StanceCombiner.points(members, after: nil)
        #expect(points.map(\.stance) == [1, 1, -1])
        #expect(points.map(\.previousStance) == [nil, 1, 1])
        #expect(points.map(\.isChange) == [true, false, true])
        #expect(points.map(\.statements) == [1, 1, 2])
    }
}
