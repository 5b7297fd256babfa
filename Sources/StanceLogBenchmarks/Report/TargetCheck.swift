/// One target of issue 6, checked against a report.
public struct TargetCheck: Codable, Hashable, Sendable {
    public enum Status: String, Codable, Sendable {
        case met, missed
        case notMeasured = "not measured"
    }

    public let target: String
    public let measured: String
    public let status: Status

    /// Checks every target that the report's figures allow.
    public static func all(in report: BenchmarkReport) -> [TargetCheck] {
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
        let ratio = worst("append.ratio_to_ceiling")
        checks.append(
            check("append ≥ 50 % of the raw SQLite ceiling", ratio?.0, format: { "\(Self.number($0)) % (worst size: \(ratio?.1 ?? 0) articles)" }) { $0 >= 50 })
        checks.append(
            check("replay ≥ 1,000,000 events/s", at("replay.events_per_s", largest), format: { "\(Self.number($0)) events/s" }) { $0 >= 1_000_000 })
        let replayMemory = largest >= 100_000 ? at("replay.peak_rss_mb", largest) : nil
        checks.append(
            check("replay of 1M events peaks ≤ 150 MB", replayMemory, format: { "\(Self.number($0)) MiB" }) { $0 * 1.048576 <= 150 })
        for query in ["state_at", "timeline", "diff"] {
            let big = largest >= 100_000 ? at("query.\(query).p50_ms", largest) : nil
            checks.append(check("\(query) p50 ≤ 5 ms at 1M statements", big, format: { "\(Self.number($0)) ms" }) { $0 <= 5 })
            let small = at("query.\(query).p50_ms", smallest)
            let growth = big.flatMap { big in small.map { big / max($0, 1e-9) } }
            checks.append(check("\(query) p50 at 1M within 2× of 10k", growth, format: { "\(Self.number($0))×" }) { $0 <= 2 })
        }
        let extraction = report.sizes.compactMap { at("extraction.mb_per_s", $0) }.min()
        let foundNothing = report.sizes.allSatisfy { (at("extraction.recall", $0) ?? 0) == 0 }
        if foundNothing, let extraction {
            checks.append(
                TargetCheck(
                    target: "extraction ≥ 2 MB/s per core",
                    measured: "\(Self.number(extraction)) MB/s, but the extractor found no statement (placeholder)",
                    status: .notMeasured))
        } else {
            checks.append(check("extraction ≥ 2 MB/s per core", extraction, format: { "\(Self.number($0)) MB/s" }) { $0 >= 2 })
        }
        let peerAppend = worst("peer.append_ratio")
        checks.append(check("append ≥ 10× the Python peer", peerAppend?.0, format: { "\(Self.number($0))×" }) { $0 >= 10 })
        let peerReplay = worst("peer.replay_ratio")
        checks.append(check("replay ≥ 10× the Python peer", peerReplay?.0, format: { "\(Self.number($0))×" }) { $0 >= 10 })
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
