public import Foundation
public import StanceLogCore
import StanceLogExtraction

/// Rule-based extraction throughput over real articles (the seeds and the development corpus),
/// replicated, on one core: what `Scripts/extraction-speed` prints.
///
/// It runs in the release `stancelog` binary (`stancelog bench --extraction-only`), so one release
/// build serves this and `Scripts/bench`; the throughput is taken over the CPU time of the thread
/// that extracts, which the machine's other load barely moves.
public struct ExtractionSpeed: Sendable {
    /// What one measurement found.
    public struct Result: Sendable {
        public let bytes: Int
        public let cpuSeconds: Double
        public let wallSeconds: Double
        public let statements: Int

        /// MB of article text per CPU second of the one extracting thread.
        public var megabytesPerCPUSecond: Double { Double(bytes) / 1e6 / max(cpuSeconds, 1e-9) }

        /// The line `Scripts/extraction-speed` prints (its format predates this type; the seconds are CPU seconds).
        public var line: String {
            let megabytes = Double(bytes) / 1e6
            return "extraction speed: \(String(format: "%.2f", megabytesPerCPUSecond)) MB/s "
                + "(\(String(format: "%.1f", megabytes)) MB in \(String(format: "%.2f", cpuSeconds)) s CPU, "
                + "\(String(format: "%.2f", wallSeconds)) s wall, \(statements) statements)"
        }
    }

    let extractor: any StatementExtractor
    let texts: [NormalizedText]

    /// Reads every article of `directories` (each a folder of `X.txt` with `X.gold.json`, as the evaluator reads them).
    ///
    /// - Throws: ``StanceLogError`` naming the folder or file the evaluator could not read.
    public init(extractor: any StatementExtractor, directories: [URL]) throws {
        self.extractor = extractor
        texts = try directories.flatMap { try Evaluator.pairs(in: $0).map(\.text) }
    }

    /// Extracts every text `rounds` times on the calling thread.
    public func run(rounds: Int) -> Result {
        let wallStart = ContinuousClock.now
        let cpuStart = Self.threadCPUSeconds
        var statements = 0
        for _ in 0..<max(rounds, 1) {
            for text in texts { statements += extractor.extract(from: text).count }
        }
        let cpu = Self.threadCPUSeconds - cpuStart
        let wall = ContinuousClock.now - wallStart
        return Result(
            bytes: texts.reduce(0) { $0 + $1.value.utf8.count } * max(rounds, 1), cpuSeconds: cpu,
            wallSeconds: Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18,
            statements: statements)
    }

    private static var threadCPUSeconds: Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
