/// The end of the log that new events are chained to.
public struct ChainHead: Hashable, Sendable {
    public let sequence: Int64
    public let hash: String
    public let recordedAt: RecordTime

    public init(sequence: Int64, hash: String, recordedAt: RecordTime) {
        self.sequence = sequence
        self.hash = hash
        self.recordedAt = recordedAt
    }

    /// The head of an empty log.
    public static let empty = ChainHead(sequence: 0, hash: EventChain.genesisHash, recordedAt: RecordTime(milliseconds: 0))

    /// Seals the events of `batches` after this head, checking expected versions.
    ///
    /// Shared by every backend so that sequence, versions, record time and hashes
    /// follow one rule: record time never goes backwards along the sequence.
    ///
    /// - Parameters:
    ///   - now: the time of ``RecordTime/clockName``.
    ///   - currentVersion: the version of a stream before this append (0 if new).
    /// - Throws: ``StanceLogError`` `wrongExpectedVersion` naming the stream and both versions; `invalidInput` when
    ///   the last event is recorded more than ``RecordTime/futureTolerance`` after `now`, because every new event
    ///   would then be stamped with that future time.
    public func seal(
        _ batches: [StreamAppend], now: RecordTime, currentVersion: (StreamID) throws -> Int
    ) throws -> [RecordedEvent] {
        if recordedAt.milliseconds > now.milliseconds + RecordTime.futureTolerance {
            throw StanceLogError(
                .invalidInput,
                "the last event of the log (\(sequence)) is recorded at \(recordedAt), later than \(RecordTime.clockName) "
                    + "reads now (\(now)); nothing was appended",
                hint: "set this machine's clock right; if it is right, the log was written with a clock in the future "
                    + "and `stancelog verify` names that event")
        }
        let time = max(now, recordedAt)
        var versions: [StreamID: Int] = [:]
        var sealed: [RecordedEvent] = []
        var previous = self
        for batch in batches {
            let current = try versions[batch.stream] ?? currentVersion(batch.stream)
            guard batch.expectedVersion.admits(current: current) else {
                throw StanceLogError(
                    .wrongExpectedVersion,
                    "stream \(batch.stream) is at version \(current), the writer expected \(batch.expectedVersion.phrase)",
                    hint: "another writer appended first; read the stream again and retry")
            }
            var version = current
            for event in batch.events {
                version += 1
                let recorded = try RecordedEvent.seal(
                    event, sequence: previous.sequence + 1, stream: batch.stream, streamVersion: version,
                    recordedAt: time, previousHash: previous.hash)
                sealed.append(recorded)
                previous = ChainHead(sequence: recorded.sequence, hash: recorded.hash, recordedAt: time)
            }
            versions[batch.stream] = version
        }
        return sealed
    }
}
