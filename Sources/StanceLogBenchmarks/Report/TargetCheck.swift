/// One target of issues 6 and 15, checked against a report.
public struct TargetCheck: Codable, Hashable, Sendable {
    public enum Status: String, Codable, Sendable {
        case met, missed
        case notMeasured = "not measured"
    }

    public let target: String
    public let measured: String
    public let status: Status

    /// Checks every target that the report's figures allow.
    /// A server run (`bench --server`) has figures but no target: issue 12 asks for the figures beside the peer's.
    public static func all(in report: BenchmarkReport) -> [TargetCheck] {
        guard report.mode != "server" else { return [] }
        let largest = report.sizes.max() ?? 0
        let smallest = report.sizes.min() ?? 0
        func at(_ key: String, _ size: Int) -> Double? { report.value(key, articles: size) }
        func worst(_ key: String) -> (Double, Int)? {
            report.sizes.compactMap { size in at(key, size).map { ($0, size) } }.min { $0.0 < $1.0 }
        }
        func check(_ target: String, _ value: Double?, format: (Double) -> String, passes: (Double) -> Bool) -> TargetCheck {
            guard let value else { return TargetCheck(target: target, measured: "—", status: .notMeasured) }
            return TargetCheck(target: target, measured: format(value), status: passes(value) ? .met : .missed)
        }
        var checks: [TargetCheck] = []
        /// "(at 10,000 articles)": the size a figure of the largest run comes from; the targets are set at 100,000.
        let atLargest = " (at \(Self.count(largest)) articles\(largest >= 100_000 ? "" : "; the target is at 100,000"))"
        func largestCheck(_ target: String, _ key: String, unit: String, passes: (Double) -> Bool) -> TargetCheck {
            check(target, at(key, largest), format: { "\(Self.number($0)) \(unit)\(atLargest)" }, passes: passes)
        }
        let medium = report.sizes.contains(10_000) ? 10_000 : nil
        checks.append(largestCheck("late report: catch-up p50 ≤ 50 ms at 1.1M events", "late.catch_up_p50_ms", unit: "ms") { $0 <= 50 })
        let lateGrowth = medium.flatMap { medium -> Double? in
            guard largest > medium, let big = at("late.catch_up_p50_ms", largest), let small = at("late.catch_up_p50_ms", medium)
            else { return nil }
            return big / max(small, 1e-9)
        }
        checks.append(
            check("late report: catch-up flat from 110k to 1.1M events (≤ 1.5×)", lateGrowth, format: { "\(Self.number($0))×" }) {
                $0 <= 1.5
            })
        let speedup = report.sizes.compactMap { at("extraction.parallel_speedup", $0) }.min()
        let cores = report.sizes.compactMap { at("extraction.cores", $0) }.first.map { Int($0) } ?? 0
        checks.append(
            check("ingest --jobs: ≥ 1.8× extraction-bound throughput on 2 cores", speedup, format: {
                "\(Self.number($0))× with \(cores) jobs (worst size)"
            }) { $0 >= 1.8 })
        let peerAppend = worst("peer.append_ratio")
        checks.append(check("append ≥ 3× the Python peer (same durability)", peerAppend?.0, format: { "\(Self.number($0))× (worst size)" }) { $0 >= 3 })
        let peerReplayCPU = worst("peer.scan_cpu_ratio")
        let peerReplay = peerReplayCPU ?? worst("peer.scan_ratio")
        checks.append(
            check(
                "in-memory replay (log scan + fold) ≥ 10× the peer's replay\(peerReplayCPU == nil ? "" : " (CPU time, median of \(LogScanStage.runsRule(counting: "runs")) on both sides)")",
                peerReplay?.0, format: { "\(Self.number($0))× (worst size)" }
            ) { $0 >= 10 })
        let cpuRatio = worst("append.cpu_ratio_to_ceiling")
        checks.append(
            check("append ≥ 60 % of the raw SQLite ceiling by CPU time", cpuRatio?.0, format: {
                "\(Self.number($0)) % (worst size: \(Self.count(cpuRatio?.1 ?? 0)) articles)"
            }) { $0 >= 60 })
        checks.append(largestCheck("projection rebuild ≥ 250,000 events/s at 1.1M events", "replay.events_per_s", unit: "events/s") { $0 >= 250_000 })
        let ownProcess = at("replay.process_peak_rss_mb", largest)
        checks.append(
            check(
                "rebuild peaks ≤ 150 MB at 1.1M events (\(ownProcess == nil ? "harness process" : "`stancelog replay`, own process"))",
                ownProcess ?? at("replay.peak_rss_mb", largest), format: { "\(Self.number($0)) MiB\(atLargest)" }
            ) { $0 * 1.048576 <= 150 })
        checks.append(largestCheck("state --at p50 ≤ 5 ms at 1.1M events", "query.state_at.p50_ms", unit: "ms") { $0 <= 5 })
        checks.append(
            largestCheck("timeline --from --limit \(BenchmarkRunner.windowLimit) p50 ≤ 5 ms at 1.1M events", "query.timeline_window.p50_ms", unit: "ms") {
                $0 <= 5
            })
        checks.append(largestCheck("diff --summary p50 ≤ 5 ms at 1.1M events", "query.diff_summary.p50_ms", unit: "ms") { $0 <= 5 })
        let realArticles = report.figures.first { $0.key == BenchmarkReport.realArticleSpeedKey }?.value
        checks.append(
            TargetCheck(
                target: "extraction ≥ 2 MB/s per core (real articles, Scripts/extraction-speed)",
                measured: realArticles.map { "\(Self.number($0)) MB/s of CPU time" }
                    ?? "— (run with --input folders of articles: Scripts/bench passes seeds and the corpus)",
                status: realArticles.map { $0 >= 2 ? .met : .missed } ?? .notMeasured))
        return checks
    }

    /// A whole number with thousands separators.
    static func count(_ value: Int) -> String {
        value >= 100 ? number(Double(value)) : String(value)
    }

    /// A number with thousands separators and up to three significant decimals.
    static func number(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return "\(value)" }
        if abs(value) >= 100 {
            let whole = Int(value.rounded())
            var digits = String(abs(whole))
            var groups: [String] = []
            while digits.count > 3 {
                groups.insert(String(digits.suffix(3)), at: 0)
                digits.removeLast(3)
            }
            groups.insert(digits, at: 0)
            return (whole < 0 ? "-" : "") + groups.joined(separator: ",")
        }
        let decimals = abs(value) >= 10 ? 1 : abs(value) >= 1 ? 2 : 3
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = "\(rounded)"
        if let dot = text.firstIndex(of: ".") {
            let fraction = text[text.index(after: dot)...]
            if fraction.count < decimals { text += String(repeating: "0", count: decimals - fraction.count) }
        }
        return text
    }
}
