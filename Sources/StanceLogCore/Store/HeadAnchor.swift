/// A published chain head, `SEQ:HASH`: the log must still hold exactly this event at SEQ.
///
/// The hash chain alone cannot show a cut tail, or a rewrite that recomputed
/// every later hash; a head written down elsewhere (a commit, a report footer)
/// can. `verify --expect-head SEQ:HASH` fails when the log is shorter than SEQ
/// or its event SEQ has another hash.
public struct HeadAnchor: Hashable, Sendable, CustomStringConvertible {
    public let sequence: Int64
    public let hash: String

    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    /// Parses `SEQ:HASH` (a sequence number ≥ 0 and 64 lowercase hex digits); nil otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let sequence = Int64(parts[0]), sequence >= 0, parts[1].count == 64,
            parts[1].allSatisfy({ $0.isHexDigit && !$0.isUppercase })
        else { return nil }
        self.init(sequence: sequence, hash: String(parts[1]))
    }

    public var description: String { "\(sequence):\(hash)" }

    /// Why a log whose event at `sequence` has `storedHash` (nil when the log is shorter) does not match, or nil.
    public func mismatch(storedHash: String?, lastSequence: Int64) -> String? {
        guard sequence > 0 else { return nil }
        guard let storedHash else {
            return "the log ends at event \(lastSequence), but the expected head is event \(sequence): events were removed"
        }
        if storedHash != hash {
            return "event \(sequence) has hash \(storedHash), the expected head has \(hash): the log was rewritten"
        }
        return nil
    }
}
