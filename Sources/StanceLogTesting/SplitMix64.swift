/// A tiny, fast, seedable generator (Steele, Lea & Flood's SplitMix64).
///
/// The one seeded generator of the package: the benchmark corpus, the fuzzer's hostile
/// inputs, the kill points of the crash tests and the random logs of the property tests.
/// The benchmark corpus must be the same on every machine and every run, so it
/// never touches `SystemRandomNumberGenerator`, and it draws numbers with its own
/// ``uniform(_:)`` rather than the standard library's `random(in:using:)`, whose
/// algorithm is not promised to stay the same across Swift releases.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for item `index` of a stream seeded with `seed`: article 17 is the same whatever N is.
    public init(seed: UInt64, index: Int) {
        var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (Lemire's multiply-shift; the tiny bias is irrelevant here).
    public mutating func uniform(_ bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    public mutating func uniform(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + uniform(range.count)
    }

    /// A number in [0, 1).
    public mutating func fraction() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// True with probability `percent`/100.
    public mutating func chance(_ percent: Int) -> Bool {
        uniform(100) < percent
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[uniform(items.count)]
    }
}
