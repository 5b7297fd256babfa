/// The figures of a fuzz run and the inputs that broke a bound.
public struct FuzzReport: Sendable {
    public let seed: UInt64
    public let budgetSeconds: Double
    public let elapsedSeconds: Double
    public let records: [FuzzRecord]
    public let peakResidentBytes: Int?
    /// One line per broken bound, naming the input; empty when the run passed.
    public let violations: [String]

    public init(
        seed: UInt64, budgetSeconds: Double, elapsedSeconds: Double, records: [FuzzRecord], peakResidentBytes: Int?,
        violations: [String]
    ) {
        self.seed = seed
        self.budgetSeconds = budgetSeconds
        self.elapsedSeconds = elapsedSeconds
        self.records = records
        self.peakResidentBytes = peakResidentBytes
        self.violations = violations
    }

    public var passed: Bool { violations.isEmpty }
    public var totalBytes: Int { records.reduce(0) { $0 + $1.bytes } }
    /// The input that took the most CPU time.
    public var slowest: FuzzRecord? { records.max { $0.cpuSeconds < $1.cpuSeconds } }
    /// Of the inputs of 100 kB or more, the one processed slowest per byte.
    public var lowestThroughput: FuzzRecord? {
        records.filter { $0.bytes >= 100_000 }.min { $0.throughput < $1.throughput }
    }

    /// The report as lines of text.
    public func render() -> String {
        let extracted = records.filter { if case .extracted = $0.outcome { true } else { false } }
        let statements = records.reduce(0) { sum, record in
            if case .extracted(let count) = record.outcome { sum + count } else { sum }
        }
        var refusals: [String: Int] = [:]
        for record in records { if case .refused(let code) = record.outcome { refusals[code, default: 0] += 1 } }
        var lines = [
            "fuzz seed \(seed): \(records.count) inputs, \(Self.megabytes(totalBytes)) in \(Self.seconds(elapsedSeconds)) "
                + "(budget \(Self.seconds(budgetSeconds)))",
            "  analysed \(extracted.count) (\(statements) statements); refused "
                + (refusals.isEmpty ? "none" : refusals.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
                    .joined(separator: ", ")),
        ]
        for (rank, record) in records.sorted(by: { $0.cpuSeconds > $1.cpuSeconds }).prefix(5).enumerated() {
            lines.append((rank == 0 ? "  slowest: " : "           ") + Self.describe(record))
        }
        if let lowest = lowestThroughput {
            lines.append("  lowest throughput (≥ 100 kB): \(Self.describe(lowest))")
        }
        lines.append("  peak RSS: " + (peakResidentBytes.map { Self.megabytes($0) } ?? "unknown (no /proc)"))
        lines.append(passed ? "PASS: every input within its bounds" : "FAIL: \(violations.count) bound(s) broken")
        lines += violations.map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    /// `#3 hugeLine, 5.000 MB, 1.234 s CPU (1.300 s wall), 4.05 MB/s`.
    public static func describe(_ record: FuzzRecord) -> String {
        "\(record.name), \(megabytes(record.bytes)), \(seconds(record.cpuSeconds)) CPU "
            + "(\(seconds(record.wallSeconds)) wall), \(formatted(record.throughput, digits: 2)) MB/s"
    }

    static func megabytes(_ bytes: Int) -> String { formatted(Double(bytes) / 1e6, digits: 3) + " MB" }

    static func seconds(_ value: Double) -> String { formatted(value, digits: 3) + " s" }

    private static func formatted(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "∞" }
        let scale = Double((0..<digits).reduce(1) { result, _ in result * 10 })
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            text += String(repeating: "0", count: max(0, digits - decimals))
        }
        return text
    }
}
