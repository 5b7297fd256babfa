/// An event as the log holds it: its place, its time, its payload and its link in the hash chain.
public struct RecordedEvent: Hashable, Sendable {
    /// Global position, gapless from 1.
    public let sequence: Int64
    public let stream: StreamID
    /// Position within the stream, gapless from 1.
    public let streamVersion: Int
    public let type: EventType
    public let schemaVersion: Int
    /// Canonical JSON of the payload (``EventCodec``).
    public let payload: [UInt8]
    public let recordedAt: RecordTime
    /// The hash of the event before (64 zeros for the first).
    public let previousHash: String
    /// SHA-256 over this event's fields and ``previousHash`` (``EventChain``).
    public let hash: String
    /// The typed columns as stored.
    public let index: EventIndex

    public init(
        sequence: Int64, stream: StreamID, streamVersion: Int, type: EventType, schemaVersion: Int,
        payload: [UInt8], recordedAt: RecordTime, previousHash: String, hash: String, index: EventIndex
    ) {
        self.sequence = sequence
        self.stream = stream
        self.streamVersion = streamVersion
        self.type = type
        self.schemaVersion = schemaVersion
        self.payload = payload
        self.recordedAt = recordedAt
        self.previousHash = previousHash
        self.hash = hash
        self.index = index
    }

    /// Seals a new event: encodes it and links it to the chain.
    public static func seal(
        _ event: DomainEvent, sequence: Int64, stream: StreamID, streamVersion: Int, recordedAt: RecordTime,
        previousHash: String
    ) throws -> RecordedEvent {
        let payload = try EventCodec.encode(event)
        let type = event.type
        let hash = EventChain.hash(
            sequence: sequence, stream: stream, streamVersion: streamVersion, type: type,
            schemaVersion: event.schemaVersion, recordedAt: recordedAt, previousHash: previousHash,
            payload: payload)
        return RecordedEvent(
            sequence: sequence, stream: stream, streamVersion: streamVersion, type: type,
            schemaVersion: event.schemaVersion, payload: payload, recordedAt: recordedAt,
            previousHash: previousHash, hash: hash, index: event.index)
    }

    /// The payload as a domain event.
    public func decoded() throws -> DomainEvent {
        try EventCodec.decode(type: type, schemaVersion: schemaVersion, payload: payload)
    }

    /// The hash this event should have, recomputed from its stored fields.
    public var recomputedHash: String {
        EventChain.hash(
            sequence: sequence, stream: stream, streamVersion: streamVersion, type: type,
            schemaVersion: schemaVersion, recordedAt: recordedAt, previousHash: previousHash, payload: payload)
    }
}
