import Foundation
import StanceLogCore
import StanceLogTimeline
import Testing

@Suite struct DayTests {
    @Test(arguments: [("2025-02", "2025-02-01", "2025-02-28"), ("2024", "2024-01-01", "2024-12-31"), ("2024-02", "2024-02-01", "2024-02-29"), ("2025-02-12", "2025-02-12", "2025-02-12")])
    func aPartialDateSpansFromItsFirstToItsLastDay(date: String, first: String, last: String) throws {
        let partial = try #require(PartialDate(date))
        #expect(partial.firstDay.description == first)
        #expect(partial.lastDay.description == last)
    }

    @Test func daysOrderByDate() throws {
        let days = try ["2025-03-01", "2024-12-31", "2025-02-28"].map { try #require(PartialDate($0)).lastDay }
        #expect(days.sorted().map(\.description) == ["2024-12-31", "2025-02-28", "2025-03-01"])
    }
}
