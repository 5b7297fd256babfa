import Foundation
import StanceLogAPI
import StanceLogTesting
import Testing

@testable import stancelog

/// Options where people type them: `--db` first, `import -`, any-case parties, `--as-of` forms, counts in words.
@Suite struct ArgumentFormsTests {
    @Test func dbIsAcceptedBeforeTheSubcommand() throws {
        let cli = try CommandRunner()
        let path = cli.folder.appendingPathComponent("first.sqlite").path
        #expect(try cli.run(["--db", path, "ingest", Fixtures.seedsDirectory.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: cli.database))
        let before = try cli.run(["--db=\(path)", "timeline", "--format", "json"])
        let after = try cli.run(["timeline", "--db", path, "--format", "json"])
        #expect(before.status == 0)
        #expect(before.output == after.output)
        #expect(before.output.count > 100)
    }

    @Test func importReadsStandardInput() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        let exported = try cli.run(["export"]).output
        let copy = cli.folder.appendingPathComponent("copy.sqlite").path
        let result = try cli.run(["import", "-", "--db", copy], input: Data(exported.utf8))
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("from standard input"))
        #expect(try cli.run(["export", "--db", copy]).output == exported)
    }

    @Test func partyCodesIgnoreCase() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        let lower = try cli.run(["timeline", "--party", "us", "--format", "json"])
        let upper = try cli.run(["timeline", "--party", "US", "--format", "json"])
        #expect(lower.status == 0, "\(lower.error)")
        #expect(lower.output == upper.output)
        #expect(lower.output.contains("\"party\" : \"US\""))
    }

    @Test(arguments: ["2026-12-01T19:02:50+01:00", "2026-12-01T18:02:50Z", "2026-12-01 18:02", "2026-12-01T20:32:50+0230"])
    func asOfAcceptsOffsetsAndSpaceSeparatedTimes(_ moment: String) throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        let result = try cli.run(["state", "--at", "2025-12-31", "--as-of", moment, "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
    }

    @Test(arguments: [
        ("2026-12-01T19:02:50+01:00", "2026-12-01T18:02:50.000Z"), ("2026-12-01T18:02:50Z", "2026-12-01T18:02:50.000Z"),
        ("2026-12-01 18:02", "2026-12-01T18:02:00.000Z"), ("2026-12-01T20:32:50+0230", "2026-12-01T18:02:50.000Z"),
        ("2026-12-01T13:02:50.250-05:00", "2026-12-01T18:02:50.250Z"), ("2026-12-01", "2026-12-01T00:00:00.000Z"),
        ("2026-12-01T00:30+01:00", "2026-11-30T23:30:00.000Z"),
    ])
    func asOfOffsetsNameTheSameInstantInUTC(_ moment: String, _ utc: String) throws {
        let parsed = try #require(AsOfArgument.parse(moment))
        #expect(String(describing: parsed) == utc)
    }

    @Test(arguments: ["yesterday", "2026-12-01T25:00", "2026-12-01T10:00+25:00", "2026-13-01", "12:00", "-3"])
    func asOfRefusesWhatIsNoMoment(_ text: String) {
        #expect(AsOfArgument.parse(text).map { String(describing: $0) } == nil)
    }

    @Test func asOfBeyondTheEndOfTheLogIsSaid() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        let result = try cli.run(["timeline", "--as-of", "99999"])
        #expect(result.status == 0)
        #expect(result.error.contains("beyond the end of the log"))
        let future = try cli.run(["state", "--at", "2025-12-31", "--as-of", "2999-01-01 00:00"])
        #expect(future.error.contains("after the last event"))
        #expect(try cli.run(["timeline", "--as-of", "3"]).error.isEmpty)
    }

    @Test func asOfGarbageNamesTheAcceptedForms() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["timeline", "--as-of", "yesterday"])
        #expect(result.status != 0)
        #expect(result.error.contains("2026-12-01T19:02:50+01:00"))
    }

    @Test func countsUseTheSingularForOne() throws {
        let cli = try CommandRunner()
        let file = cli.folder.appendingPathComponent("one.txt")
        try Data("Ein Titel\n12.02.2025\n\nRussland lehnt eine Nato-Mitgliedschaft der Ukraine strikt ab.\n".utf8).write(to: file)
        let result = try cli.run(["ingest", file.path])
        #expect(result.output.contains("1 statement\n") || result.output.contains("1 statement;"), "\(result.output)")
        #expect(!result.output.contains("1 statements"))
        #expect(result.output.contains("1 article added"))
        #expect(try cli.run(["ingest", file.path]).output.contains("the article is already in the log"))
        #expect(try cli.run(["extract", file.path]).output.contains(": 1 statement\n"))
    }

    @Test func quietSilencesTheSummary() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["ingest", Fixtures.seedsDirectory.path, "--quiet"])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        #expect(result.error.isEmpty)
        #expect(try cli.run(["verify", "-q"]).output.isEmpty)
        #expect(try cli.run(["verify"]).output.contains("ok:"))
    }

    @Test func progressStaysOffStandardErrorWhenItIsNotATerminal() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["ingest", Fixtures.seedsDirectory.path])
        #expect(result.error.isEmpty)
        #expect(!result.output.contains("\u{1B}"))
    }
}
