import Foundation
import StanceLogBenchmarks
import StanceLogTesting
import StanceLogCore
public import StanceLogIngest

/// Feeds hostile inputs through the whole ingest preparation (decode, normalise,
/// read, split, extract) and checks each against time and memory bounds.
///
/// A run first tries every ``HostileKind`` once at its largest size, then draws
/// kinds and sizes at random until the time budget is spent. Input `i` of a seed
/// is always the same bytes, so a failure names all it takes to reproduce it.
public struct FuzzRunner: Sendable {
    public let preparer: ArticlePreparer
    public let generator: HostileInputGenerator
    public let limits: FuzzLimits

    public init(preparer: ArticlePreparer, generator: HostileInputGenerator, limits: FuzzLimits) {
        self.preparer = preparer
        self.generator = generator
        self.limits = limits
    }

    /// Runs for about `budgetSeconds` of wall time (at least one input of each of `kinds`, at its largest).
    ///
    /// - Parameters:
    ///   - kinds: the kinds tried once each first (default: all); the random phase draws from all kinds.
    ///   - watchdog: ends the process on an input that hangs; nil in tests.
    ///   - recorder: where inputs that break a bound are saved; nil to save nothing.
    public func run(
        budgetSeconds: Double, kinds: [HostileKind] = HostileKind.allCases, watchdog: FuzzWatchdog? = nil,
        recorder: FuzzRecorder? = nil
    ) -> FuzzReport {
        let start = ContinuousClock.now
        var records: [FuzzRecord] = []
        var violations: [String] = []
        var index = 0
        func elapsed() -> Double { Self.seconds(ContinuousClock.now - start) }
        while index < kinds.count || elapsed() < budgetSeconds {
            let input = index < kinds.count
                ? generator.input(kinds[index], index: index, largest: true)
                : generator.input(Self.kind(seed: generator.seed, index: index), index: index)
            let limit = limits.seconds(forBytes: input.bytes.count)
            watchdog?.begin(input, limit: limit * limits.hangFactor)
            let record = measure(input)
            watchdog?.end()
            records.append(record)
            var broken: [String] = []
            if record.cpuSeconds > limit {
                broken.append("took \(FuzzReport.seconds(record.cpuSeconds)) CPU, bound \(FuzzReport.seconds(limit))")
            }
            if let peak = MemoryProbe.peakResidentBytes, peak > limits.peakResidentBytes {
                broken.append("peak RSS reached \(FuzzReport.megabytes(peak)), bound \(FuzzReport.megabytes(limits.peakResidentBytes))")
            }
            if !broken.isEmpty {
                let saved = recorder?.save(input).map { " (saved to \($0))" } ?? ""
                violations.append("\(FuzzReport.describe(record)): " + broken.joined(separator: "; ") + saved)
                if violations.count >= 20 { break }
            }
            index += 1
        }
        return FuzzReport(
            seed: generator.seed, budgetSeconds: budgetSeconds, elapsedSeconds: elapsed(), records: records,
            peakResidentBytes: MemoryProbe.peakResidentBytes, violations: violations)
    }

    /// Prepares one input as `ingest` would, timing it. Every fourth input gets no `--date`,
    /// so the reader's own date detection is exercised too.
    public func measure(_ input: HostileInput) -> FuzzRecord {
        let article = ArticleInput(name: "fuzz/\(input.kind.rawValue)-\(input.index).txt", bytes: input.bytes)
        let overrides = IngestOverrides(date: input.index % 4 == 0 ? nil : PartialDate(year: 2025, month: 2))
        let wall = ContinuousClock.now
        let cpu = CPUClock.seconds
        let outcome: FuzzRecord.Outcome
        do {
            outcome = .extracted(statements: try preparer.prepare(article, overrides: overrides).statements.count)
        } catch let error as StanceLogError {
            outcome = .refused(code: error.code.rawValue)
        } catch {
            outcome = .refused(code: String(describing: type(of: error)))
        }
        return FuzzRecord(
            name: input.name, bytes: input.bytes.count, cpuSeconds: CPUClock.seconds - cpu,
            wallSeconds: Self.seconds(ContinuousClock.now - wall), outcome: outcome)
    }

    private static func kind(seed: UInt64, index: Int) -> HostileKind {
        var random = SplitMix64(seed: seed ^ 0x5EED, index: index)
        let kinds = HostileKind.allCases.filter { $0 != .oversizedFile }
        return random.pick(kinds)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
