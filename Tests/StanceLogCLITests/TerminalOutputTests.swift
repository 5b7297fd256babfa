import Foundation
import StanceLogTesting
import Testing

/// Tables fit the terminal, `--wide` shows everything, piped output is stable, and control characters are escaped.
@Suite struct TerminalOutputTests {
    private func seeded() throws -> CommandRunner {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        return cli
    }

    private func lengths(_ text: String) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count)
    }

    @Test(arguments: [
        ["timeline"], ["state", "--at", "2025-12-31"], ["diff", "2023-01-01", "2025-12-31"], ["log"],
        ["articles"], ["parties"], ["topics"], ["search", "Ukraine"],
    ])
    func everyLineFitsEightyColumns(_ arguments: [String]) throws {
        let cli = try seeded()
        let result = try cli.run(arguments, environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(result.error)")
        #expect(lengths(result.output).max() ?? 0 <= 80, "\(arguments): \(result.output)")
        let piped = try cli.run(arguments)
        #expect(piped.output.count >= result.output.count)
    }

    @Test func timelineCutsEvidenceWithAVisibleMarkerAndWideShowsItWhole() throws {
        let cli = try seeded()
        let narrow = try cli.run(["timeline"], environment: ["COLUMNS": "80"]).output
        #expect(narrow.contains("…"))
        let wide = try cli.run(["timeline", "--wide"], environment: ["COLUMNS": "80"]).output
        #expect(lengths(wide).max() ?? 0 > 150)
        #expect(wide.contains("ATTRIBUTION"))
        #expect(!narrow.contains("ATTRIBUTION"))
        let json = try cli.run(["timeline", "--format", "json"]).output
        let points = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let longest = try #require(points.compactMap { $0["evidence"] as? String }.max { $0.count < $1.count })
        #expect(wide.contains(longest))
    }

    @Test func pipedOutputDoesNotDependOnTheWindow() throws {
        let cli = try seeded()
        let first = try cli.run(["state", "--at", "2025-12-31"], environment: ["LINES": "10"])
        let second = try cli.run(["state", "--at", "2025-12-31"], environment: ["LINES": "99"])
        #expect(first.output == second.output)
        #expect(lengths(first.output).max() ?? 0 > 80)
    }

    @Test func controlCharactersInTitlesAndEvidenceAreShownEscaped() throws {
        let cli = try CommandRunner()
        let article = cli.folder.appendingPathComponent("evil.txt")
        let text = "Titel \u{1B}]0;pwned\u{07} und \u{1B}[2J\n12.02.2025\n\n"
            + "Russland lehnt eine Nato-Mitgliedschaft der Ukraine strikt ab, sagte Peskow \u{1B}]52;c;ZXZpbA==\u{07}.\n"
        try Data(text.utf8).write(to: article)
        let ingest = try cli.run(["ingest", article.path, "--outlet", "Out\u{1B}[31mlet"])
        #expect(ingest.status == 0, "\(ingest.error)")
        for arguments in [
            ["timeline"], ["timeline", "--format", "markdown"], ["log"], ["articles"], ["search", "Russland"],
            ["state", "--at", "2025-12-31"], ["extract", article.path],
        ] {
            let result = try cli.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.error)")
            #expect(!result.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(arguments)")
        }
        #expect(try cli.run(["articles"]).output.contains("\\x1B]0;pwned\\x07"))
        let json = try cli.run(["articles", "--format", "json"]).output
        #expect(json.contains("\\u001b]0;pwned\\u0007"))
        let titles = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect((titles.first?["title"] as? String)?.contains("\u{1B}]0;pwned\u{07}") == true)
    }

    @Test func errorsEscapeControlCharactersToo() throws {
        let cli = try seeded()
        let result = try cli.run(["state", "--party", "X\u{1B}[2J"])
        #expect(result.status != 0)
        #expect(!result.error.unicodeScalars.contains { $0.value == 0x1B })
        #expect(result.error.contains("\\x1B[2J"))
    }
}
