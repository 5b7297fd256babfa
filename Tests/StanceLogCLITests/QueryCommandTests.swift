import ArgumentParser
import Foundation
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import Testing

@testable import stancelog

@Suite struct QueryCommandTests {
    /// A log file with US on security guarantees: +1 (2023-11-04), −1 (2025-02), +1 (2025-12-06).
    private func logFile() async throws -> String {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("log.sqlite").path
        let store = try SQLiteEventStore(path: path)
        try await store.append([
            SampleEvents.stream(
                "dwn", statements: [SampleEvents.statement(in: "dwn", party: "US", topic: "security_guarantees", stance: 1, date: "2023-11-04", evidence: "Überlegungen.")]),
            SampleEvents.stream(
                "hegseth", statements: [SampleEvents.statement(in: "hegseth", party: "US", topic: "security_guarantees", stance: -1, date: "2025-02", evidence: "Keine Truppen.")]),
            SampleEvents.stream(
                "blick", statements: [SampleEvents.statement(in: "blick", party: "US", topic: "security_guarantees", stance: 1, date: "2025-12-06", evidence: "Rahmen.")]),
        ])
        return path
    }

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func timelineJSONIsAnArrayOfPointsInDateOrder() async throws {
        let path = try await logFile()
        let command = try #require(
            try StanceLog.parseAsRoot(["timeline", "--db", path, "--party", "US", "--topic", "security_guarantees", "--format", "json"])
                as? StanceLog.Timeline)
        let points = try #require(try json(try await command.output()) as? [[String: Any]])
        #expect(points.map { $0["date"] as? String } == ["2023-11-04", "2025-02", "2025-12-06"])
        #expect(points.map { $0["stance"] as? Int } == [1, -1, 1])
        #expect(points.map { $0["evidence"] as? String } == ["Überlegungen.", "Keine Truppen.", "Rahmen."])
        #expect(points.allSatisfy { ($0["article"] as? String)?.count == 64 })
    }

    @Test func diffJSONRowsCarryBothEndsAndTheChange() async throws {
        let path = try await logFile()
        let command = try #require(
            try StanceLog.parseAsRoot(["diff", "--db", path, "2024-01-01", "2025-03-01", "--format", "json"]) as? StanceLog.Diff)
        let rows = try #require(try json(try await command.output()) as? [[String: Any]])
        let row = try #require(rows.first)
        #expect(rows.count == 1)
        #expect(row["party"] as? String == "US")
        #expect(row["topic"] as? String == "security_guarantees")
        #expect((row["from"] as? [String: Any])?["stance"] as? Int == 1)
        #expect((row["from"] as? [String: Any])?["date"] as? String == "2023-11-04")
        #expect((row["to"] as? [String: Any])?["stance"] as? Int == -1)
        #expect((row["to"] as? [String: Any])?["evidence"] as? String == "Keine Truppen.")
        #expect(row["change"] as? Int == -2)
    }

    @Test func diffJSONHasNullStanceForAnUnknownStart() async throws {
        let path = try await logFile()
        let command = try #require(
            try StanceLog.parseAsRoot(["diff", "--db", path, "2020", "2024", "--format", "json"]) as? StanceLog.Diff)
        let rows = try #require(try json(try await command.output()) as? [[String: Any]])
        let from = try #require(rows.first?["from"] as? [String: Any])
        #expect(from["stance"] is NSNull)
        #expect(rows.first?["change"] is NSNull)
    }

    @Test func changedOnlyLeavesOutTimelinesWithoutAChange() async throws {
        let path = try await logFile()
        let command = try #require(
            try StanceLog.parseAsRoot(["diff", "--db", path, "2025-03", "2025-11", "--changed-only", "--format", "json"])
                as? StanceLog.Diff)
        #expect((try json(try await command.output()) as? [Any])?.isEmpty == true)
    }

    @Test func replayPrintsTheDigestAsSixtyFourHexDigits() async throws {
        let path = try await logFile()
        let command = try #require(try StanceLog.parseAsRoot(["replay", "--db", path]) as? StanceLog.Replay)
        let output = try await command.output()
        let digestLine = try #require(output.split(separator: "\n").first { $0.hasPrefix("digest ") })
        let digest = digestLine.dropFirst("digest ".count)
        #expect(digest.count == 64)
        #expect(digest.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(output.contains("events/s"))
        #expect(output.contains("had the same digest"))
    }

    @Test func stateMarkdownShowsTheMatrixAndEvidence() async throws {
        let path = try await logFile()
        let command = try #require(
            try StanceLog.parseAsRoot(["state", "--db", path, "--at", "2025-03", "--format", "markdown"]) as? StanceLog.State)
        let output = try await command.output()
        #expect(output.contains("| US | -1 reluctant (2025-02) |"))
        #expect(output.contains("«Keine Truppen.»"))
    }

    @Test(arguments: [["diff", "2025-12", "2025-01"], ["state", "--at", "2025", "--as-of", "yesterday"]])
    func malformedQueriesAreRejectedBeforeOpeningTheLog(arguments: [String]) {
        #expect(throws: (any Error).self) { try StanceLog.parseAsRoot(arguments) }
    }

    @Test func asOfASequenceAnswersFromTheEventsRecordedByThen() async throws {
        let path = try await logFile()
        let command = try #require(
            try StanceLog.parseAsRoot(["timeline", "--db", path, "--as-of", "4", "--format", "json"]) as? StanceLog.Timeline)
        let points = try #require(try json(try await command.output()) as? [[String: Any]])
        #expect(points.map { $0["stance"] as? Int } == [1, -1])
    }
}
