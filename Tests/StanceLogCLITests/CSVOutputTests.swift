import Foundation
import StanceLogTesting
import Testing

/// `--format csv` is RFC 4180 with a header row, as Python's `csv` module reads it.
@Suite struct CSVOutputTests {
    /// Parses `text` with Python's csv module (strict, CRLF expected) and returns the rows.
    private func parsed(_ text: String) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            """
            import csv, io, json, sys
            data = sys.stdin.buffer.read().decode('utf-8')
            assert data.endswith('\\r\\n'), 'records end in CRLF'
            rows = list(csv.reader(io.StringIO(data, newline=''), strict=True))
            widths = {len(r) for r in rows}
            assert len(widths) == 1, widths
            print(json.dumps(rows))
            """,
        ]
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
    }

    private func seeded() throws -> CommandRunner {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        return cli
    }

    @Test func timelineCSVHasAHeaderAndOneRowPerPoint() throws {
        let cli = try seeded()
        let rows = try parsed(try cli.run(["timeline", "--format", "csv"]).output)
        let json = try cli.run(["timeline", "--format", "json"]).output
        let points = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let header = try #require(rows.first)
        #expect(header.prefix(5) == ["party", "topic", "date", "validEnd", "stance"])
        #expect(rows.count == points.count + 1)
        let evidence = try #require(header.firstIndex(of: "evidence"))
        #expect(rows.dropFirst().map { $0[evidence] } == points.map { $0["evidence"] as? String ?? "" })
        #expect(rows.dropFirst().contains { $0[evidence].contains(",") || $0[evidence].contains("\"") })
    }

    @Test(arguments: [
        ["state", "--at", "2025-12-31", "--format", "csv"], ["diff", "2023-01-01", "2025-12-31", "--format", "csv"],
        ["log", "--format", "csv"], ["articles", "--format", "csv"], ["parties", "--format", "csv"],
        ["search", "Nato", "--format", "csv"],
    ])
    func queryCSVParsesWithEqualRowWidths(_ arguments: [String]) throws {
        let cli = try seeded()
        let result = try cli.run(arguments)
        #expect(result.status == 0, "\(result.error)")
        let rows = try parsed(result.output)
        #expect(rows.count > 1, "\(arguments)")
    }

    @Test func diffCSVCarriesTheLabel() throws {
        let cli = try seeded()
        let rows = try parsed(try cli.run(["diff", "2023-01-01", "2025-12-31", "--format", "csv"]).output)
        let label = try #require(rows.first?.firstIndex(of: "label"))
        #expect(rows.dropFirst().allSatisfy { ["new", "unchanged", "hardened", "softened", "reversed", "round trip"].contains($0[label]) })
    }

    @Test func extractAndEvaluateCSVParse() throws {
        let cli = try CommandRunner()
        let extract = try parsed(try cli.run(["extract", Fixtures.seedsDirectory.path, "--format", "csv"]).output)
        #expect(extract.first?.prefix(3) == ["file", "published", "party"])
        #expect(extract.count > 10)
        let evaluate = try parsed(try cli.run(["evaluate", Fixtures.seedsDirectory.path, "--format", "csv"]).output)
        #expect(evaluate.first?.first == "kind")
        #expect(evaluate.dropFirst().first?.first == "overall")
        #expect(evaluate.contains { $0.first == "falseNegative" })
    }
}
