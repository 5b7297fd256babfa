import Foundation
import GRDB
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import Testing

/// Issue 14, finding 1: every typed column the projections fold is compared with the payload, one by one, from
/// the single list `EventIndex.Column`; changing any of them makes `verify` name the event and the column.
@Suite struct TypedColumnTamperTests {
    /// For each column, an UPDATE of event 2 (a `PositionStated`) that gives it a value the payload does not.
    private static let tamperings: [EventIndex.Column: String] = [
        .articleID: "article_id = '\(String(repeating: "ab", count: 32))'",
        .statementID: "statement_id = 'st-00000000000000000000'",
        .party: "party = 'RU'",
        .topic: "topic = 'nato_membership'",
        .stance: "stance = 2",
        .attribution: "attribution = 'inferred'",
        .validDate: "valid_date = '2025-02'",
        .validStart: "valid_start = 20240101",
        .validEnd: "valid_end = 20991231",
        .extraction: "extraction = 'rules@9+forged'",
    ]

    @Test func everyDerivedColumnHasATampering() {
        #expect(Set(Self.tamperings.keys) == Set(EventIndex.Column.allCases))
    }

    @Test(arguments: EventIndex.Column.allCases)
    func changingOneTypedColumnMakesVerifyNameItAndTheEvent(column: EventIndex.Column) async throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("log.sqlite").path
        let store = try SQLiteEventStore(path: path)
        try await store.append([SampleEvents.stream("a", statements: [SampleEvents.statement(in: "a", party: "US", stance: -1)])])
        #expect(try await ChainVerifier().verify(store).isIntact)
        let assignment = try #require(Self.tamperings[column])
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TRIGGER events_are_append_only_update; UPDATE events SET \(assignment) WHERE seq = 2")
            #expect(db.changesCount == 1)
        }
        let problem = try #require(try await ChainVerifier().verify(store).firstProblem)
        #expect(problem.sequence == 2)
        #expect(problem.reason.contains("typed column \(column.rawValue) holds"), "\(problem)")
    }
}
