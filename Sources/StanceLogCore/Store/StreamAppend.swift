/// Events to append to one stream, with the version the writer expects it to have.
public struct StreamAppend: Hashable, Sendable {
    public let stream: StreamID
    public let expectedVersion: ExpectedVersion
    public let events: [DomainEvent]

    public init(stream: StreamID, expectedVersion: ExpectedVersion, events: [DomainEvent]) {
        self.stream = stream
        self.expectedVersion = expectedVersion
        self.events = events
    }
}
