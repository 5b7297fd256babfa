import Foundation
import StanceLogTesting
import Testing

/// Curation through the built binary: typeable ids, retract and correct outliving re-extraction, dry runs.
@Suite(.serialized) struct CurationCommandsTests {
    private var seeds: String { Fixtures.seedsDirectory.path }

    private func points(_ cli: CommandRunner) throws -> [[String: Any]] {
        let output = try cli.run(["timeline", "--every-point", "--format", "json"]).output
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    }

    @Test func retractAndCorrectTopicSurviveReextractionWithANewCodebookAndBackWithTheBundledOne() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", seeds]).status == 0)
        let before = try points(cli)
        let single = before.filter { $0["statements"] as? Int == 1 }
        let retracted = try #require(single.first)
        let misfiled = try #require(single.first {
            ($0["topic"] as? String) != (retracted["topic"] as? String) && ($0["article"] as? String) != nil
        })
        let retractedID = try #require(retracted["statementId"] as? String)
        let misfiledID = try #require(misfiled["statementId"] as? String)
        // Eight hex digits are enough to name a statement.
        let retract = try cli.run(["retract", String(retractedID.prefix(11)), "--reason", "misread"])
        #expect(retract.status == 0, "\(retract.error)")
        let newTopic = (misfiled["topic"] as? String) == "territory" ? "security_guarantees" : "territory"
        let correct = try cli.run(["correct", String(misfiledID.prefix(11)), "--topic", newTopic, "--reason", "topic"])
        #expect(correct.status == 0, "\(correct.error)")
        let curated = try points(cli).map { "\($0["party"]!) \($0["topic"]!) \($0["date"]!) \($0["stance"]!)" }

        let codebook = try cli.newCodebookVersion()
        let events = try cli.run(["log", "--format", "json"]).output
        let dry = try cli.run(["reextract", "--codebook", codebook, "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.output.contains("would re-extract article"))
        #expect(dry.output.contains("retraction of \(retractedID) carries over to st-"))
        #expect(dry.output.contains("correction of \(misfiledID) carries over to st-"))
        #expect(dry.output.contains("dry run: nothing written"))
        #expect(try cli.run(["log", "--format", "json"]).output == events)

        let real = try cli.run(["reextract", "--codebook", codebook])
        #expect(real.status == 0)
        #expect(real.output.contains("using codebook \(codebook)"))
        let details = { (output: String) in output.split(separator: "\n").filter { $0.hasPrefix("  ") } }
        #expect(details(real.output) == details(dry.output))
        #expect(!details(real.output).isEmpty)
        let afterNew = try points(cli).map { "\($0["party"]!) \($0["topic"]!) \($0["date"]!) \($0["stance"]!)" }
        #expect(afterNew == curated)

        let bundled = try cli.run(["reextract"])
        #expect(bundled.output.contains("using the bundled codebook ukraine@"))
        let afterBundled = try points(cli).map { "\($0["party"]!) \($0["topic"]!) \($0["date"]!) \($0["stance"]!)" }
        #expect(afterBundled == curated)
        #expect(try cli.run(["verify"]).status == 0)

        let history = try cli.run(["log", "--statement", String(retractedID.prefix(11))])
        #expect(history.output.contains("StatementRetracted"))
        #expect(history.output.components(separatedBy: "PositionStated").count >= 3)
    }

    @Test func anArticlePrefixOfEightHexDigitsWorksAndAShortOrAmbiguousOneIsRefused() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let articles = try cli.run(["log", "--type", "ArticleIngested", "--format", "json"]).output
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(articles.utf8)) as? [[String: Any]])
        let ids = objects.compactMap { ($0["payload"] as? [String: Any])?["articleId"] as? String }
        #expect(ids.count == 5)
        let log = try cli.run(["log", "--article", String(ids[0].prefix(8))])
        #expect(log.status == 0)
        #expect(log.output.contains("ArticleIngested"))
        let short = try cli.run(["log", "--article", String(ids[0].prefix(7))])
        #expect(short.status != 0)
        #expect(short.error.contains("too short: give at least 8 hex digits"))
        let unknown = try cli.run(["log", "--article", "00000000"])
        #expect(unknown.status != 0)
        #expect(unknown.error.contains("no article in the log has an id starting with '00000000'"))
        let badCorrection = try cli.run(["correct", "st-0000", "--stance", "1", "--reason", "x"])
        #expect(badCorrection.status != 0)
        #expect(badCorrection.error.contains("too short"))
    }

    @Test func appendRefusesEvidenceNotInTheArticleAndADateAfterItsPublication() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let (id, sentence) = try cli.quotableSentence()
        let events = try cli.run(["export"]).output
        let invented = try cli.run([
            "append", "--article", id, "--party", "UA", "--topic", "territory", "--stance", "1",
            "--evidence", sentence + " Und noch mehr erfundener Text.",
        ])
        #expect(invented.status != 0)
        #expect(invented.error.contains("does not occur in article"))
        #expect(invented.error.contains("the nearest sentence is"))
        let late = try cli.run([
            "append", "--article", id, "--party", "UA", "--topic", "territory", "--stance", "1",
            "--evidence", sentence, "--date", "2030-01-01",
        ])
        #expect(late.status != 0)
        #expect(late.error.contains("is after the publication of article"))
        #expect(try cli.run(["export"]).output == events)
        let spaced = try cli.run([
            "append", "--article", id, "--party", "UA", "--topic", "territory", "--stance", "1",
            "--evidence", "  " + sentence.replacingOccurrences(of: " ", with: "  "),
        ])
        #expect(spaced.status == 0, "\(spaced.error)")
    }

    @Test func aCorrectionThatChangesNothingIsRefused() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let point = try #require(try points(cli).first { $0["statements"] as? Int == 1 })
        let id = try #require(point["statementId"] as? String)
        let stance = try #require(point["stance"] as? Int)
        let same = try cli.run(["correct", id, "--stance", String(stance), "--reason", "same"])
        #expect(same.status != 0)
        #expect(same.error.contains("changes nothing"))
    }

    @Test func withdrawTakesAnArticleOutOfEveryQueryAndLogShowsIt() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let point = try #require(try points(cli).first)
        let article = String(try #require(point["article"] as? String).prefix(8))
        let count = try points(cli).count
        let withdraw = try cli.run(["withdraw", article, "--reason", "ingested by mistake"])
        #expect(withdraw.status == 0, "\(withdraw.error)")
        #expect(withdraw.output.contains("withdrew article \(article)"))
        let after = try points(cli)
        #expect(after.count < count)
        #expect(!after.contains { ($0["article"] as? String)?.hasPrefix(article) == true })
        #expect(try cli.run(["log", "--type", "ArticleWithdrawn"]).output.contains("reason: ingested by mistake"))
        let again = try cli.run(["withdraw", article, "--reason", "twice"])
        #expect(again.status != 0)
        #expect(again.error.contains("was withdrawn"))
        #expect(try cli.run(["verify"]).status == 0)
        #expect(try cli.run(["reextract", "--codebook", try cli.newCodebookVersion()]).output.contains("4 of 5 articles"))
    }

    @Test func ingestSkipsFilesThatAreNotArticlesAndSaysWhatItDid() throws {
        let cli = try CommandRunner()
        let folder = cli.folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seedsFolder = Fixtures.seedsDirectory
        for name in ["000_6ed1e420b9739d28.txt", "000_6ed1e420b9739d28.gold.json", "001_04c4e64a074c13a2.txt"] {
            try FileManager.default.copyItem(
                at: seedsFolder.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let manifest = #"""
            [{"file": "000_6ed1e420b9739d28.txt", "published": "2023-11-04", "outlet": "DWN"},
             {"file": "01_04c4e64a074c13a2.txt", "publishd": "2025-12-06"}]
            """#
        try Data(manifest.utf8).write(to: folder.appendingPathComponent("manifest.json"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).write(to: folder.appendingPathComponent("photo.txt"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let result = try cli.run(["ingest"] + names.map { folder.appendingPathComponent($0).path })
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("2 articles added"))
        #expect(result.output.contains("published 2023-11-04 (manifest)"))
        #expect(result.output.contains("(text)"))
        #expect(result.error.contains("manifest.json: a manifest"))
        #expect(result.error.contains("000_6ed1e420b9739d28.gold.json: a gold annotation, not an article"))
        #expect(result.error.contains("photo.txt: a binary file, not an article"))
        #expect(result.error.contains(#"the entry for "01_04c4e64a074c13a2.txt" matches no file in its folder (did you mean "001_04c4e64a074c13a2.txt"?)"#))
        #expect(result.error.contains(#"unknown key "publishd""#))
        #expect(result.error.contains(#"did you mean "published"?"#))
    }

    @Test func ingestOfBareNamesInTheArticlesFolderReadsItsManifestWithoutFalseWarnings() throws {
        let cli = try CommandRunner()
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds).sorted()
        for name in names {
            try FileManager.default.copyItem(
                at: Fixtures.seedsDirectory.appendingPathComponent(name), to: cli.folder.appendingPathComponent(name))
        }
        let result = try cli.run(["ingest"] + names)
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.error.contains("matches no file"), "\(result.error)")
        #expect(result.error.contains("skipped manifest.json: a manifest"))
        #expect(result.output.split(separator: "\n").filter { $0.hasPrefix("added ") && $0.hasSuffix("(manifest)") }.count == 5)
    }

    @Test func everyAnalystEventRecordsWhoMadeIt() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let single = try points(cli).filter { $0["statements"] as? Int == 1 }
        let first = try #require(single.first?["statementId"] as? String)
        let second = try #require(single.dropFirst().first?["statementId"] as? String)
        let article = try #require(single.last?["article"] as? String)
        #expect(try cli.run(["retract", first, "--reason", "r"], environment: ["STANCELOG_USER": "ana"]).status == 0)
        #expect(try cli.run(["correct", second, "--stance", "0", "--reason", "c", "--by", "ben"]).status == 0)
        #expect(try cli.run(["withdraw", String(article.prefix(8)), "--reason", "w", "--by", "cem"]).status == 0)
        let log = try cli.run(["log", "--type", "StatementRetracted", "--type", "StatementCorrected", "--type", "ArticleWithdrawn"])
        #expect(log.output.contains("by ana"))
        #expect(log.output.contains("by ben"))
        #expect(log.output.contains("by cem"))
        let json = try cli.run(["log", "--type", "StatementRetracted", "--format", "json"]).output
        #expect(json.contains(#""by":"ana""#))
        #expect(json.contains(#""schemaVersion":2"#))
    }

    @Test func anAppendedStatementRecordsWhoMadeItWhileExtractedOnesStayAtVersionOne() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let (id, sentence) = try cli.quotableSentence()
        let append = ["append", "--article", id, "--party", "UA", "--topic", "territory", "--stance", "1", "--evidence", sentence]
        #expect(try cli.run(append + ["--by", "dana"]).status == 0)
        #expect(try cli.run(append, environment: ["STANCELOG_USER": "eli"]).status == 0)
        let log = try cli.run(["log", "--type", "PositionStated"]).output
        #expect(log.contains("[analyst by dana]"))
        #expect(log.contains("[analyst by eli]"))
        let output = try cli.run(["log", "--type", "PositionStated", "--format", "json"]).output
        let stated = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        let analysts = stated.filter { ($0["payload"] as? [String: Any])?["origin"] as? String == "analyst" }
        #expect(analysts.count == 2)
        #expect(analysts.allSatisfy { $0["schemaVersion"] as? Int == 2 })
        #expect(analysts.compactMap { ($0["payload"] as? [String: Any])?["by"] as? String } == ["dana", "eli"])
        let extracted = stated.filter { ($0["payload"] as? [String: Any])?["origin"] as? String == "extractor" }
        #expect(!extracted.isEmpty)
        #expect(extracted.allSatisfy { $0["schemaVersion"] as? Int == 1 && ($0["payload"] as? [String: Any])?["by"] == nil })
        #expect(try cli.run(["verify"]).status == 0)
    }

    @Test func timelineAndStateSayWhetherEvidenceIsExtractedAnalystMadeOrCorrected() throws {
        let cli = try CommandRunner()
        try cli.run(["ingest", seeds])
        let before = try points(cli)
        #expect(before.allSatisfy { $0["origin"] as? String == "extracted" && $0["confidence"] is Double })
        let single = before.filter { $0["statements"] as? Int == 1 }
        let target = try #require(single.first?["statementId"] as? String)
        let stance = try #require(single.first?["stance"] as? Int)
        let corrected = try cli.run(["correct", target, "--stance", String(stance == 2 ? 1 : 2), "--reason", "c"])
        #expect(corrected.status == 0, "\(corrected.error)")
        let after = try points(cli).first { $0["statementId"] as? String == target }
        #expect(after?["origin"] as? String == "corrected")
        let state = try cli.run(["state", "--at", "2026", "--format", "json"]).output
        #expect(state.contains(#""origin" : "extracted""#) || state.contains(#""origin" : "corrected""#))
    }
}
