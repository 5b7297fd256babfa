import Foundation
import StanceLogCore
import Testing

@Suite struct PartialDateTests {
    @Test(arguments: [
        ("2025", PartialDate.Precision.year, 20250101, 20251231),
        ("2025-02", .month, 20250201, 20250228),
        ("2024-02", .month, 20240201, 20240229),
        ("2025-02-12", .day, 20250212, 20250212),
        ("1900-02", .month, 19000201, 19000228),
        ("2000-02", .month, 20000201, 20000229),
    ])
    func parsesEachPrecisionAndKnowsItsPeriod(text: String, precision: PartialDate.Precision, start: Int, end: Int)
        throws
    {
        let date = try #require(PartialDate(text))
        #expect(date.precision == precision)
        #expect(date.startDay == start)
        #expect(date.endDay == end)
        #expect(date.description == text)
    }

    @Test(arguments: ["", "25", "2025-2", "2025-13", "2025-02-30", "2025-00", "2025/02/12", "2025-02-12-01", "abcd", "2025-02-1x"])
    func rejectsMalformedOrImpossibleDates(text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func ordersByTheEndOfThePeriodThenByPrecision() throws {
        let month = try #require(PartialDate("2025-02"))
        let lastDay = try #require(PartialDate("2025-02-28"))
        let midMonth = try #require(PartialDate("2025-02-12"))
        let year = try #require(PartialDate("2025"))
        #expect([year, month, lastDay, midMonth].sorted() == [midMonth, lastDay, month, year])
    }

    @Test func roundTripsThroughJSONAsAString() throws {
        let date = try #require(PartialDate("2025-12"))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2025-12\"]")
        #expect(try JSONDecoder().decode([PartialDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PartialDate].self, from: Data("[\"2025-13\"]".utf8)) }
    }
}
