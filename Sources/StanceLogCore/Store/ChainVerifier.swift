import Foundation

/// Recomputes the sequence, stream versions, hash chain and typed columns of a
/// log, and checks with a ``HistoryValidator`` that every event makes sense where it stands.
///
/// Works on any ``EventStore`` page by page, so a log of millions of events is
/// verified in bounded memory (plus one integer per stream and the validator's
/// entry per article and statement).
public struct ChainVerifier: Sendable {
    /// The outcome: how many events were checked, and the first bad one if any.
    public struct Report: Hashable, Sendable {
        public let checkedEvents: Int64
        public let firstProblem: Problem?

        public var isIntact: Bool { firstProblem == nil }
    }

    /// The first event that does not verify, and why.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public let sequence: Int64
        public let reason: String

        public var description: String { "event \(sequence): \(reason)" }
    }

    public let pageSize: Int
    public let vocabulary: LogVocabulary
    public let now: RecordTime

    /// - Parameters:
    ///   - pageSize: events read per page.
    ///   - vocabulary: the codebooks parties and topics are checked against.
    ///   - now: the time of ``RecordTime/clockName`` for the future record-time check; nil for the clock's time now.
    public init(pageSize: Int = 2_000, vocabulary: LogVocabulary = LogVocabulary(), now: RecordTime? = nil) {
        self.pageSize = pageSize
        self.vocabulary = vocabulary
        self.now = now ?? RecordTime(Date())
    }

    public func verify(_ store: some EventStore) async throws -> Report {
        var expectedSequence: Int64 = 1
        var previousHash = EventChain.genesisHash
        var previousTime = RecordTime(milliseconds: 0)
        var streamVersions: [StreamID: Int] = [:]
        var history = HistoryValidator(vocabulary: vocabulary, now: now)
        while true {
            let page = try await store.read(EventQuery(fromSequence: expectedSequence, limit: pageSize))
            if page.isEmpty { break }
            for event in page {
                let version = streamVersions[event.stream, default: 0] + 1
                if let reason = problem(
                    with: event, expectedSequence: expectedSequence, previousHash: previousHash,
                    previousTime: previousTime, expectedVersion: version, history: &history)
                {
                    return Report(
                        checkedEvents: expectedSequence - 1,
                        firstProblem: Problem(sequence: event.sequence, reason: reason))
                }
                streamVersions[event.stream] = version
                previousHash = event.hash
                previousTime = event.recordedAt
                expectedSequence += 1
            }
        }
        return Report(checkedEvents: expectedSequence - 1, firstProblem: nil)
    }

    private func problem(
        with event: RecordedEvent, expectedSequence: Int64, previousHash: String, previousTime: RecordTime,
        expectedVersion: Int, history: inout HistoryValidator
    ) -> String? {
        if event.sequence != expectedSequence {
            return "sequence number is \(event.sequence), expected \(expectedSequence) (a gap or a duplicate)"
        }
        if event.previousHash != previousHash {
            return "previous hash does not match the hash of event \(expectedSequence - 1)"
        }
        if event.recomputedHash != event.hash {
            return "stored hash does not match its content: the event was changed after it was recorded"
        }
        if event.streamVersion != expectedVersion {
            return "stream \(event.stream) version is \(event.streamVersion), expected \(expectedVersion)"
        }
        if event.recordedAt < previousTime {
            return "record time \(event.recordedAt) is earlier than the event before it"
        }
        let decoded: DomainEvent
        do {
            decoded = try event.decoded()
        } catch {
            return "payload does not decode: \(error)"
        }
        if decoded.type != event.type {
            return "payload is not a \(event.type.rawValue)"
        }
        if let disagreement = decoded.index.firstDisagreement(with: event.index) {
            return "typed column \(disagreement.column.rawValue) holds \(disagreement.stored ?? "NULL"), the payload gives "
                + "\(disagreement.derived ?? "NULL"): the row was changed after it was recorded"
        }
        if StreamID.article(decoded.articleID) != event.stream {
            return "event of article \(decoded.articleID.short) is in stream \(event.stream)"
        }
        return history.problem(with: event, decoded: decoded)
    }
}
