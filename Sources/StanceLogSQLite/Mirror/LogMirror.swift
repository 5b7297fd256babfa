public import StanceLogCore

/// A local SQLite copy of a log that lives elsewhere (a team's PostgreSQL server), kept by pulling.
///
/// The projections and queries run on the mirror, locally and as fast as on
/// any SQLite log. A pull reads the events after the mirror's last one, page
/// by page, and stores a page only when every event in it continues the chain:
/// its sequence is the next one, its `previousHash` is the hash before it, its
/// stored hash recomputes from its content and its record time does not go
/// back. The mirror anchors the chain: before pulling, the server's event at
/// the mirror's last position must be the one the mirror holds, so a server
/// whose history was rewritten (or another log behind the same URL) is refused
/// and the mirror is left as it was.
public struct LogMirror: Sendable {
    public let source: any EventStore
    public let mirror: SQLiteEventStore
    public let pageSize: Int

    public init(source: any EventStore, mirror: SQLiteEventStore, pageSize: Int = 5_000) {
        self.source = source
        self.mirror = mirror
        self.pageSize = pageSize
    }

    /// What a pull did.
    public struct Pull: Hashable, Sendable {
        /// Events stored by this pull.
        public let pulled: Int64
        /// The mirror's last sequence afterwards.
        public let lastSequence: Int64

        public init(pulled: Int64, lastSequence: Int64) {
            self.pulled = pulled
            self.lastSequence = lastSequence
        }
    }

    /// Stores every event the source holds after the mirror's last one.
    ///
    /// - Throws: ``StanceLogError`` `chainBroken` naming the first event that does
    ///   not fit, when the source disagrees with the mirror or its chain is broken;
    ///   what was stored before that page stays, and is intact.
    @discardableResult
    public func pull() async throws -> Pull {
        var last = try await mirror.lastPosition()
        var previousHash = EventChain.genesisHash
        var previousTime = RecordTime(milliseconds: 0)
        if last > 0 {
            guard let mine = try await mirror.read(EventQuery(fromSequence: last, limit: 1)).first else {
                throw StanceLogError(.chainBroken, "the mirror has no event \(last)", hint: "run `stancelog verify`")
            }
            let theirs = try await source.read(EventQuery(fromSequence: last, limit: 1)).first
            guard let theirs, theirs.sequence == last, theirs.hash == mine.hash else {
                let what =
                    theirs?.sequence == last
                    ? "the server's event \(last) differs from the mirror's"
                    : "the server has no event \(last), which the mirror holds"
                throw StanceLogError(
                    .chainBroken,
                    "the server's history disagrees with the local mirror: \(what); its history was rewritten, or it is another log",
                    hint: "run `stancelog verify` against the server; if the server is right, delete the mirror to start it again")
            }
            previousHash = mine.hash
            previousTime = mine.recordedAt
        }
        var pulled: Int64 = 0
        while true {
            let page = try await source.read(EventQuery(fromSequence: last + 1, limit: pageSize))
            guard !page.isEmpty else { break }
            for event in page {
                if let reason = Self.problem(event, expected: last + 1, previousHash: previousHash, previousTime: previousTime) {
                    throw StanceLogError(
                        .chainBroken, "the server's event \(event.sequence) does not fit the chain: \(reason)",
                        hint: "nothing from event \(event.sequence) on was stored; run `stancelog verify` against the server")
                }
                last = event.sequence
                previousHash = event.hash
                previousTime = event.recordedAt
            }
            try await mirror.appendRecorded(page)
            pulled += Int64(page.count)
        }
        return Pull(pulled: pulled, lastSequence: last)
    }

    private static func problem(
        _ event: RecordedEvent, expected: Int64, previousHash: String, previousTime: RecordTime
    ) -> String? {
        if event.sequence != expected { return "its sequence is \(event.sequence), expected \(expected) (a gap)" }
        if event.previousHash != previousHash { return "its previous hash is not the hash of event \(expected - 1)" }
        if event.recomputedHash != event.hash { return "its stored hash does not match its content" }
        if event.recordedAt < previousTime { return "its record time is earlier than the event before it" }
        return nil
    }
}
