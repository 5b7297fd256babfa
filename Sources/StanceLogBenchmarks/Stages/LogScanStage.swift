import GRDB

/// Streams every event's typed columns in sequence order and folds them into the latest stance per (party, topic).
///
/// Not a projection rebuild: it is the storage engine's share of one, the
/// ceiling a replay over this log can reach, with a cursor (one row in memory at
/// a time) and no JSON decoding.
///
/// The file is opened once and scanned ``runs(events:)`` times; the figures are the median run (by
/// wall time and by process CPU time), so that both sides of the peer comparison measure a warm,
/// already open log the same way (`Scripts/bench_eventsourcing.py` replays its open application
/// as many times, by the same rule).
struct LogScanStage {
    /// Scans per measurement, the median reported: ``smallLogRuns`` up to ``largeLog`` events,
    /// ``largeLogRuns`` above.
    ///
    /// A scan of 11,000 events takes about 20 ms of CPU, and a median of three moved by
    /// 15–30 % between runs on both sides; seven runs at the small sizes cost under a minute
    /// of the peer's time, while at 1.1M events one peer replay alone takes about 20 s.
    static func runs(events: Int) -> Int { events <= largeLog ? smallLogRuns : largeLogRuns }

    static let smallLogRuns = 7
    static let largeLogRuns = 3
    static let largeLog = 200_000

    /// ``runs(events:)`` in words, counting `what` ("scans", "runs"), for the report's notes and targets.
    static func runsRule(counting what: String) -> String {
        "\(smallLogRuns) \(what) (\(largeLogRuns) above \(TargetCheck.count(largeLog)) events)"
    }

    struct Result {
        let events: Int
        /// The median run's wall seconds.
        let seconds: Double
        /// The median run's process CPU seconds (all threads).
        let cpuSeconds: Double
        let peakResidentBytes: Int?
        let baselineResidentBytes: Int?
        let peakWasReset: Bool
    }

    static let sql =
        "SELECT seq, type, statement_id, party, topic, stance, valid_end FROM events ORDER BY seq"

    func run(path: String) throws -> Result {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let reset = MemoryProbe.resetPeak()
        let baseline = MemoryProbe.residentBytes
        let logged = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM events") ?? 0 }
        var events = 0
        var runs: [Double] = []
        var cpuRuns: [Double] = []
        for _ in 0..<Self.runs(events: logged) {
            let watch = Stopwatch()
            let cpuStart = ProcessCPUTime.seconds
            events = try queue.read(Self.scan)
            cpuRuns.append(ProcessCPUTime.seconds - cpuStart)
            runs.append(watch.seconds)
        }
        return Result(
            events: events, seconds: runs.sorted()[runs.count / 2], cpuSeconds: cpuRuns.sorted()[cpuRuns.count / 2],
            peakResidentBytes: MemoryProbe.peakResidentBytes,
            baselineResidentBytes: baseline, peakWasReset: reset)
    }

    /// Reads every event and keeps the latest stance (by valid end) of each (party, topic); returns the events read.
    private static func scan(_ db: Database) throws -> Int {
        var latest: [String: (end: Int, stance: Int)] = [:]
        var count = 0
        let cursor = try Row.fetchCursor(db, sql: sql)
        while let row = try cursor.next() {
            count += 1
            guard let party: String = row[3], let topic: String = row[4], let stance: Int = row[5],
                let end: Int = row[6]
            else { continue }
            let key = party + "|" + topic
            if let current = latest[key], current.end > end { continue }
            latest[key] = (end, stance)
        }
        return count
    }
}
