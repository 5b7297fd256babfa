import Crypto

/// The hash chain that makes the log tamper-evident.
///
/// Each event's hash covers its sequence, stream, stream version, type, schema
/// version, record time, payload bytes and the previous event's hash, so changing
/// any byte of any event breaks every hash from there on.
public enum EventChain {
    /// The `previousHash` of the first event.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// SHA-256 of the event's preimage: a version tag and the fields, newline-separated, then the payload.
    public static func hash(
        sequence: Int64, stream: StreamID, streamVersion: Int, type: EventType, schemaVersion: Int,
        recordedAt: RecordTime, previousHash: String, payload: [UInt8]
    ) -> String {
        let header =
            "stancelog-chain-1\n\(sequence)\n\(stream.rawValue)\n\(streamVersion)\n\(type.rawValue)\n"
            + "\(schemaVersion)\n\(recordedAt.milliseconds)\n\(previousHash)\n"
        var hasher = SHA256()
        hasher.update(data: Array(header.utf8))
        hasher.update(data: payload)
        return SHA256Digest.hex(hasher.finalize())
    }
}
