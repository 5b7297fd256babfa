/// Measures elapsed wall time with the monotonic clock.
struct Stopwatch {
    private let start = ContinuousClock.now

    var seconds: Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Runs `body` and returns its result and duration in seconds.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let watch = Stopwatch()
        let value = try body()
        return (value, watch.seconds)
    }

    static func time<T>(_ body: () async throws -> T) async rethrows -> (T, Double) {
        let watch = Stopwatch()
        let value = try await body()
        return (value, watch.seconds)
    }
}
