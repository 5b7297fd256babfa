/// The append-only event log: the one seam between stancelog and its storage.
///
/// Every backend (in-memory, SQLite, later PostgreSQL) passes the same
/// conformance suite. Appends are atomic: all batches of one call land in one
/// transaction or none does. No method updates or deletes an event.
public protocol EventStore: Sendable {
    /// Appends all batches in one transaction, each checked against its expected version.
    ///
    /// - Returns: the recorded events, in sequence order.
    /// - Throws: ``StanceLogError`` `wrongExpectedVersion` naming the stream when a
    ///   check fails; nothing is written then.
    @discardableResult
    func append(_ batches: [StreamAppend]) async throws -> [RecordedEvent]

    /// Events in sequence order from `query.fromSequence` that pass its filters, at most `query.limit`.
    func read(_ query: EventQuery) async throws -> [RecordedEvent]

    /// All events of one stream in version order; empty when the stream does not exist.
    func readStream(_ stream: StreamID) async throws -> [RecordedEvent]

    /// The sequence number of the last event, 0 for an empty log.
    func lastPosition() async throws -> Int64

    /// Loads already-recorded events (an exported log) verbatim into an empty store, in one transaction.
    ///
    /// - Throws: ``StanceLogError`` `storeNotEmpty` when the store holds events.
    func importRecorded(_ events: [RecordedEvent]) async throws
}

extension EventStore {
    /// Appends events to one stream.
    @discardableResult
    public func append(_ events: [DomainEvent], to stream: StreamID, expectedVersion: ExpectedVersion)
        async throws -> [RecordedEvent]
    {
        try await append([StreamAppend(stream: stream, expectedVersion: expectedVersion, events: events)])
    }

    /// The version of a stream's last event, 0 when it does not exist.
    public func streamVersion(_ stream: StreamID) async throws -> Int {
        try await readStream(stream).last?.streamVersion ?? 0
    }
}
