public import Foundation

/// An event store in memory: for tests and for commands that must not touch a database.
public actor InMemoryEventStore: EventStore {
    private var events: [RecordedEvent] = []
    private var streams: [StreamID: [Int]] = [:]
    private let clock: @Sendable () -> Date

    /// - Parameter clock: the source of record time; tests inject a fixed one.
    public init(clock: @escaping @Sendable () -> Date = { Date() }) {
        self.clock = clock
    }

    @discardableResult
    public func append(_ batches: [StreamAppend]) throws -> [RecordedEvent] {
        let head = events.last.map { ChainHead(sequence: $0.sequence, hash: $0.hash, recordedAt: $0.recordedAt) }
        let sealed = try (head ?? .empty).seal(batches, now: RecordTime(clock())) { stream in
            streams[stream]?.count ?? 0
        }
        store(sealed)
        return sealed
    }

    public func read(_ query: EventQuery) -> [RecordedEvent] {
        let start = max(Int(query.fromSequence) - 1, 0)
        guard start < events.count else { return [] }
        var result: [RecordedEvent] = []
        for event in events[start...] where query.matches(event) {
            result.append(event)
            if let limit = query.limit, result.count >= limit { break }
        }
        return result
    }

    public func readStream(_ stream: StreamID) -> [RecordedEvent] {
        (streams[stream] ?? []).map { events[$0] }
    }

    public func lastPosition() -> Int64 {
        events.last?.sequence ?? 0
    }

    public func importRecorded(_ imported: [RecordedEvent]) throws {
        guard events.isEmpty else {
            throw StanceLogError(
                .storeNotEmpty, "the store already holds \(events.count) events",
                hint: "import into a new, empty database")
        }
        store(imported)
    }

    private func store(_ recorded: [RecordedEvent]) {
        for event in recorded {
            streams[event.stream, default: []].append(events.count)
            events.append(event)
        }
    }
}
