public import StanceLogCore

/// A moment on the record-time axis: answer only from the events the log held then.
///
/// `--as-of 42` means "after event 42"; `--as-of 2025-11-23T09:40:00Z` (or a bare
/// `2025-11-23`, its midnight UTC) means "after every event recorded by then".
public enum AsOf: Hashable, Sendable, CustomStringConvertible {
    case sequence(Int64)
    case recorded(RecordTime)

    /// Parses a sequence number or an ISO 8601 UTC timestamp; nil for anything else.
    public init?(_ text: String) {
        if !text.isEmpty, text.allSatisfy(\.isNumber), let sequence = Int64(text) {
            self = .sequence(sequence)
        } else if let time = RecordTime(iso8601: text) {
            self = .recorded(time)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .sequence(let sequence): "seq \(sequence)"
        case .recorded(let time): time.iso8601
        }
    }
}
