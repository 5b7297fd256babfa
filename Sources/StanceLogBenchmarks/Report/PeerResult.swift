/// Figures of the Python `eventsourcing` peer for one corpus size, as `Scripts/bench_eventsourcing.py` prints them.
public struct PeerResult: Codable, Hashable, Sendable {
    public let library: String
    public let version: String
    public let articles: Int
    public let events: Int
    public let appendEventsPerSecond: Double
    public let replayEventsPerSecond: Double
    /// Events over the replay's process CPU time (`time.process_time()`, median run); nil in reports made before it.
    public let replayCPUEventsPerSecond: Double?
    public let databaseBytes: Int?

    public init(
        library: String, version: String, articles: Int, events: Int, appendEventsPerSecond: Double,
        replayEventsPerSecond: Double, replayCPUEventsPerSecond: Double? = nil, databaseBytes: Int?
    ) {
        self.library = library
        self.version = version
        self.articles = articles
        self.events = events
        self.appendEventsPerSecond = appendEventsPerSecond
        self.replayEventsPerSecond = replayEventsPerSecond
        self.replayCPUEventsPerSecond = replayCPUEventsPerSecond
        self.databaseBytes = databaseBytes
    }

    enum CodingKeys: String, CodingKey {
        case library, version, articles, events
        case appendEventsPerSecond = "append_events_per_s"
        case replayEventsPerSecond = "replay_events_per_s"
        case replayCPUEventsPerSecond = "replay_cpu_events_per_s"
        case databaseBytes = "database_bytes"
    }
}
