/// Which recorded events to read: a position to start from, a page size, and optional filters.
public struct EventQuery: Hashable, Sendable {
    /// The first global sequence number to return (sequences start at 1).
    public var fromSequence: Int64
    /// At most this many events; nil for all.
    public var limit: Int?
    public var types: Set<EventType>?
    public var articleID: ArticleID?
    public var party: PartyID?
    public var statementID: StatementID?

    public init(
        fromSequence: Int64 = 1, limit: Int? = nil, types: Set<EventType>? = nil, articleID: ArticleID? = nil,
        party: PartyID? = nil, statementID: StatementID? = nil
    ) {
        self.fromSequence = fromSequence
        self.limit = limit
        self.types = types
        self.articleID = articleID
        self.party = party
        self.statementID = statementID
    }

    /// True when `event` passes the filters (not the position or limit).
    public func matches(_ event: RecordedEvent) -> Bool {
        if let types, !types.contains(event.type) { return false }
        if let articleID, event.index.articleID != articleID { return false }
        if let party, event.index.party != party { return false }
        if let statementID, event.index.statementID != statementID { return false }
        return true
    }
}
