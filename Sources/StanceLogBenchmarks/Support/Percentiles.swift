/// Percentiles of a sample by the nearest-rank method.
public struct Percentiles: Sendable {
    public let sorted: [Double]

    public init(_ samples: [Double]) {
        sorted = samples.sorted()
    }

    /// The nearest-rank `p`-th percentile (0 < p ≤ 100); nil for an empty sample.
    public func value(_ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    public var p50: Double? { value(50) }
    public var p99: Double? { value(99) }
}
