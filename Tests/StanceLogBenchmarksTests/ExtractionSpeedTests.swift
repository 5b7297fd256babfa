import Foundation
import StanceLogBenchmarks
import StanceLogCore
import StanceLogExtraction
import Testing

/// `stancelog bench --extraction-only` (`Scripts/extraction-speed`): what it counts, never how fast.
@Suite struct ExtractionSpeedTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    @Test func eachRoundCountsTheSeedsTextAndTheStatementsTheExtractorFinds() throws {
        let extractor = RuleBasedExtractor(codebook: try Codebook.bundled())
        let speed = try ExtractionSpeed(extractor: extractor, directories: [Self.seeds])
        let texts = try Evaluator.pairs(in: Self.seeds).map(\.text)
        let once = speed.run(rounds: 1)
        let twice = speed.run(rounds: 2)
        #expect(once.bytes == texts.reduce(0) { $0 + $1.value.utf8.count })
        #expect(once.statements == texts.reduce(0) { $0 + extractor.extract(from: $1).count })
        #expect(once.statements > 0)
        #expect(twice.bytes == 2 * once.bytes)
        #expect(twice.statements == 2 * once.statements)
        #expect(once.line.hasPrefix("extraction speed: "))
        #expect(once.line.hasSuffix(" \(once.statements) statements)"))
    }

    @Test func aFolderWithoutArticlesIsNamed() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("stancelog-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let extractor = RuleBasedExtractor(codebook: try Codebook.bundled())
        #expect {
            try ExtractionSpeed(extractor: extractor, directories: [empty])
        } throws: { error in
            (error as? StanceLogError)?.message.contains(empty.path) == true
        }
    }

    @Test func theTwoMegabytesTargetIsCheckedOnTheRealArticleFigureAndIsNotMeasuredWithoutIt() throws {
        let speed = try ExtractionSpeed(extractor: RuleBasedExtractor(codebook: try Codebook.bundled()), directories: [Self.seeds])
        let machine = MachineInfo(cores: 2, cpu: "test", memoryGiB: 1, os: "test", sqliteVersion: "3")
        func extractionCheck(_ report: BenchmarkReport) -> TargetCheck? {
            TargetCheck.all(in: report).first { $0.target.hasPrefix("extraction ≥ 2 MB/s") }
        }
        let without = BenchmarkReport(mode: "quick", machine: machine)
        #expect(extractionCheck(without)?.status == .notMeasured)

        var with = without
        let result = speed.run(rounds: 1)
        with.add(realArticleSpeed: result, rounds: 1)
        let figure = try #require(with.figures.first { $0.key == "extraction.real_mb_per_s" })
        #expect(figure.value == result.megabytesPerCPUSecond)
        #expect(extractionCheck(with)?.status == (result.megabytesPerCPUSecond >= 2 ? .met : .missed))
        #expect(with.table().contains("throughput over real articles"))
    }
}
