import ArgumentParser
import Foundation
import StanceLogCore
import StanceLogTesting
import StanceLogTimeline
import Testing

@testable import stancelog

/// The query commands print whatever the query protocol answers; here it answers from memory, with no log file.
@Suite struct InMemoryQueryOutputTests {
    @Test func timelineTablePrintsEveryChangeWithItsEvidence() async throws {
        let command = try #require(try StanceLog.parseAsRoot(["timeline", "--party", "US"]) as? StanceLog.Timeline)
        let output = try await command.output(from: SampleTimeline.queries)
        let lines = output.split(separator: "\n")
        #expect(lines.count == 4, "\(output)")
        #expect(lines[2].contains("2025-02") && lines[2].contains("Hegseth") && lines[2].contains("Keine Truppen."))
    }

    @Test func diffJSONReportsARoundTripAsChanged() async throws {
        let command = try #require(
            try StanceLog.parseAsRoot(["diff", "2024", "2025-12-31", "--format", "json", "--party", "US"]) as? StanceLog.Diff)
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(try await command.output(from: SampleTimeline.queries).utf8))
                as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["change"] as? Int == 0)
        #expect(rows.first?["changed"] as? Bool == true)
        #expect(rows.first?["statementsBetween"] as? Int == 2)
    }

    @Test func stateAtADateShowsTheMatrix() async throws {
        let command = try #require(try StanceLog.parseAsRoot(["state", "--at", "2025-03"]) as? StanceLog.State)
        let output = try await command.output(from: SampleTimeline.queries)
        #expect(output.hasPrefix("State at 2025-03 (counted at 2025-03-31)"), "\(output)")
        #expect(output.contains("US security_guarantees"))
    }
}
