import Foundation
import StanceLogCore
import StanceLogExtraction
import StanceLogFuzzing
import StanceLogIngest
import Testing

/// A handful of hostile inputs, at sizes a debug build handles in a second or so,
/// through the whole ingest preparation: each is analysed or refused with a
/// clear error, never crashes, and stays within a CPU bound.
@Suite struct HostileInputTests {
    static let preparer: ArticlePreparer? = try? ArticlePreparer(extractor: RuleBasedExtractor(codebook: Codebook.bundled()))

    /// Debug builds are 10–50 times slower than release: a generous but finite bound.
    static let limits = FuzzLimits(baseSeconds: 5, secondsPerMegabyte: 60, peakResidentBytes: 4 << 30)

    @Test(arguments: HostileKind.allCases.filter { $0 != .oversizedFile })
    func aHostileInputIsAnalysedOrRefusedWithinItsBound(kind: HostileKind) throws {
        let preparer = try #require(Self.preparer)
        let generator = HostileInputGenerator(seed: 7, seeds: [], sizes: .small)
        let runner = FuzzRunner(preparer: preparer, generator: generator, limits: Self.limits)
        let input = generator.input(kind, index: 1, largest: true)
        let record = runner.measure(input)
        #expect(record.cpuSeconds <= Self.limits.seconds(forBytes: input.bytes.count), "\(FuzzReport.describe(record))")
        if case .refused(let code) = record.outcome {
            #expect(["unreadableFile", "invalidInput", "missingDate"].contains(code), "\(input.name): \(code)")
        }
    }

    @Test func theSameSeedGivesTheSameInputs() {
        let first = HostileInputGenerator(seed: 3, seeds: [], sizes: .small)
        let second = HostileInputGenerator(seed: 3, seeds: [], sizes: .small)
        let other = HostileInputGenerator(seed: 4, seeds: [], sizes: .small)
        for kind in HostileKind.allCases {
            #expect(first.input(kind, index: 9).bytes == second.input(kind, index: 9).bytes, "\(kind)")
        }
        #expect(first.input(.randomText, index: 9).bytes != other.input(.randomText, index: 9).bytes)
    }

    @Test func anArticleOverTheSizeLimitIsRefusedNamingItsSize() throws {
        let preparer = try #require(Self.preparer)
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: ArticleSizeLimit.maximumBytes + 2)
        let error = try #require(throws: StanceLogError.self) {
            try preparer.prepare(ArticleInput(name: "big.txt", bytes: bytes), overrides: IngestOverrides())
        }
        #expect(error.code == .invalidInput)
        #expect(error.message.contains("big.txt is 8.0 MB (8000002 bytes), more than the 8 MB"))
    }

    @Test func aSlowInputBreaksTheRunAndIsNamed() throws {
        let preparer = try #require(Self.preparer)
        let strict = FuzzLimits(baseSeconds: 0, secondsPerMegabyte: 0, peakResidentBytes: 1 << 40)
        let runner = FuzzRunner(
            preparer: preparer, generator: HostileInputGenerator(seed: 1, seeds: [], sizes: .small), limits: strict)
        let report = runner.run(budgetSeconds: 0)
        #expect(!report.passed)
        #expect(report.violations.first?.contains("#0 randomBytes") == true, "\(report.violations)")
        #expect(report.render().contains("FAIL"))
    }
}
