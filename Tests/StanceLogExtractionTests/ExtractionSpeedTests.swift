import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Prints extraction throughput; runs only when `STANCELOG_SPEED` is set (see `Scripts/extraction-speed`).
@Suite struct ExtractionSpeedTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["STANCELOG_SPEED"] != nil))
    func printsMegabytesOfArticleTextPerSecond() throws {
        var texts: [NormalizedText] = []
        for directory in [Fixtures.seeds, Fixtures.corpus] where FileManager.default.fileExists(atPath: directory.path) {
            for pair in try Evaluator.pairs(in: directory) { texts.append(pair.text) }
        }
        let extractor = try Fixtures.extractor()
        let bytesPerRound = texts.reduce(0) { $0 + $1.value.utf8.count }
        var rounds = 0
        var statements = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            while rounds < 200 {
                for text in texts { statements += extractor.extract(from: text).count }
                rounds += 1
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(bytesPerRound * rounds) / 1_000_000
        print("extraction speed: \(String(format: "%.2f", megabytes / seconds)) MB/s "
            + "(\(String(format: "%.1f", megabytes)) MB in \(String(format: "%.2f", seconds)) s, \(statements) statements)")
        #expect(statements > 0)
    }
}
