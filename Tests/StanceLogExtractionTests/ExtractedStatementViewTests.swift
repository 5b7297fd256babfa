import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

@Suite struct ExtractedStatementViewTests {
    @Test func usesTheGoldKeysAndReportsAMissingDateAsNull() throws {
        let text = try Fixtures.text("Moskau lehnt einen Nato-Beitritt der Ukraine ab.")
        let views = ExtractedStatementView.views(of: text, extractor: try Fixtures.extractor())
        let data = try JSONEncoder().encode(views)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let first = try #require(objects.first)
        for key in ["party", "topic", "stance", "attribution", "evidence", "start", "end", "confidence"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect(first["stance"] as? Int == -2)
        #expect(String(data: data, encoding: .utf8)?.contains("\"date\":null") == true)
    }

    @Test func usesThePublicationDateWhenTheStatementHasNone() throws {
        let text = try Fixtures.text("date 2025-02 Moskau lehnt einen Nato-Beitritt der Ukraine ab.")
        let views = ExtractedStatementView.views(of: text, extractor: try Fixtures.extractor())
        #expect(views.first?.date == "2025-02")
        #expect(views.first?.topic == "nato_membership")
    }
}
