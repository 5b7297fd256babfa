/// Everything one benchmark run measured; encodes to the JSON that `Scripts/bench` merges and renders.
public struct BenchmarkReport: Codable, Hashable, Sendable {
    public var mode: String
    public var machine: MachineInfo
    public var workloads: [Workload]
    public var figures: [Figure]
    public var peer: [PeerResult]

    public init(mode: String, machine: MachineInfo, workloads: [Workload] = [], figures: [Figure] = [], peer: [PeerResult] = []) {
        self.mode = mode
        self.machine = machine
        self.workloads = workloads
        self.figures = figures
        self.peer = peer
    }

    /// The value of `key` at `articles`, if measured.
    public func value(_ key: String, articles: Int) -> Double? {
        figures.first { $0.key == key && $0.articles == articles }?.value
    }

    /// Corpus sizes in the order they ran.
    public var sizes: [Int] { workloads.map(\.articles) }

    /// Adds the peer's figures and the ratios of stancelog's to the peer's.
    public mutating func merge(peer results: [PeerResult]) {
        peer = results
        for result in results {
            figures.removeAll { $0.key.hasPrefix("peer.") && $0.articles == result.articles }
            figures.append(Figure("peer.append_events_per_s", articles: result.articles, value: result.appendEventsPerSecond, unit: "events/s"))
            figures.append(Figure("peer.replay_events_per_s", articles: result.articles, value: result.replayEventsPerSecond, unit: "events/s"))
            let append =
                value("append.events_per_s", articles: result.articles)
                ?? value("server.append_events_per_s", articles: result.articles)
            figures.append(
                Figure("peer.append_ratio", articles: result.articles,
                    value: append.map { $0 / result.appendEventsPerSecond }, unit: "×"))
            let replay = value("replay.events_per_s", articles: result.articles)
            figures.append(
                Figure("peer.replay_ratio", articles: result.articles,
                    value: replay.map { $0 / result.replayEventsPerSecond }, unit: "×",
                    note: replay == nil ? "not in this report" : nil))
            let scan = value("scan.events_per_s", articles: result.articles)
            figures.append(
                Figure("peer.scan_ratio", articles: result.articles,
                    value: scan.map { $0 / result.replayEventsPerSecond }, unit: "×"))
            if let peerCPU = result.replayCPUEventsPerSecond {
                figures.append(
                    Figure("peer.replay_cpu_events_per_s", articles: result.articles, value: peerCPU, unit: "events/s CPU"))
                let scanCPU = value("scan.cpu_events_per_s", articles: result.articles)
                figures.append(
                    Figure(
                        "peer.scan_cpu_ratio", articles: result.articles, value: scanCPU.map { $0 / peerCPU }, unit: "×",
                        note: "both sides' median run by process CPU time: the same ratio without the machine's other load"))
            }
        }
    }
}
