import Foundation
import StanceLogCore
import Testing

@Suite struct RecordTimeTests {
    @Test(arguments: [
        (Int64(0), "1970-01-01T00:00:00.000Z"),
        (1_763_900_000_123, "2025-11-23T12:13:20.123Z"),
        (951_782_400_001, "2000-02-29T00:00:00.001Z"),
        (4_102_444_799_999, "2099-12-31T23:59:59.999Z"),
    ])
    func formatsAndParsesMillisecondsExactly(milliseconds: Int64, text: String) throws {
        #expect(RecordTime(milliseconds: milliseconds).iso8601 == text)
        #expect(try #require(RecordTime(iso8601: text)).milliseconds == milliseconds)
    }

    @Test func acceptsWholeSecondsAndBareDays() throws {
        #expect(try #require(RecordTime(iso8601: "2025-11-23T12:13:20Z")).milliseconds == 1_763_900_000_000)
        #expect(try #require(RecordTime(iso8601: "2025-11-23")).milliseconds == 1_763_856_000_000)
    }

    @Test(arguments: ["", "2025-11", "2025-13-01T00:00:00Z", "2025-11-23T25:00:00Z", "2025-11-23 12:13:20", "yesterday"])
    func rejectsMalformedTimestamps(text: String) {
        #expect(RecordTime(iso8601: text) == nil)
    }
}
