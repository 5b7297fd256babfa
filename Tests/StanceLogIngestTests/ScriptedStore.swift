import StanceLogCore

/// A store that plays other writers and failures around a real store, to test what ``Ingestor`` does about them.
actor ScriptedStore: EventStore {
    let base: any EventStore
    /// Appended just before the ingestor's first append, as a rival process would between check and write.
    private var rivalAppend: [StreamAppend]
    /// The 1-based append call that fails as if the process died there; nothing of it is written.
    private let failingAppend: Int?
    /// How many appends the ingestor made (the failing one included), and how many streams each carried.
    private(set) var appendedStreams: [Int] = []

    init(base: any EventStore, rivalAppend: [StreamAppend] = [], failingAppend: Int? = nil) {
        self.base = base
        self.rivalAppend = rivalAppend
        self.failingAppend = failingAppend
    }

    @discardableResult
    func append(_ batches: [StreamAppend]) async throws -> [RecordedEvent] {
        if !rivalAppend.isEmpty {
            try await base.append(rivalAppend)
            rivalAppend = []
        }
        appendedStreams.append(batches.count)
        if appendedStreams.count == failingAppend {
            throw StanceLogError(.storage, "the process died during append \(appendedStreams.count)")
        }
        return try await base.append(batches)
    }

    func read(_ query: EventQuery) async throws -> [RecordedEvent] { try await base.read(query) }

    func readStream(_ stream: StreamID) async throws -> [RecordedEvent] { try await base.readStream(stream) }

    func lastPosition() async throws -> Int64 { try await base.lastPosition() }

    func importRecorded(_ events: [RecordedEvent]) async throws { try await base.importRecorded(events) }
}
