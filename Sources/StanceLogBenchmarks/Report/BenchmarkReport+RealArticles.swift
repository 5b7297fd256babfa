import Foundation

extension BenchmarkReport {
    /// The key of the extraction speed over real articles, the figure the 2 MB/s target is set on.
    static let realArticleSpeedKey = "extraction.real_mb_per_s"

    /// Adds `Scripts/extraction-speed`'s figure, measured in the same run: it does not depend on the
    /// log's size, so it is filed under the first size.
    public mutating func add(realArticleSpeed result: ExtractionSpeed.Result, rounds: Int) {
        let megabytes = Double(result.bytes) / 1e6
        figures.append(
            Figure(
                Self.realArticleSpeedKey, articles: sizes.first ?? 0, value: result.megabytesPerCPUSecond, unit: "MB/s",
                note: "real articles (the --input folders) × \(rounds) rounds, \(String(format: "%.1f", megabytes)) MB "
                    + "over the CPU time of the one extracting thread, as Scripts/extraction-speed measures"))
    }
}
