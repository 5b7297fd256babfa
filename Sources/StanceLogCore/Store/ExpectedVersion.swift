/// What the writer believes a stream's version to be; the append fails if it is wrong.
///
/// This is the store's optimistic concurrency check: two writers that read the
/// same version cannot both append after it.
public enum ExpectedVersion: Hashable, Sendable {
    /// Append whatever the stream holds.
    case any
    /// The stream must not exist yet (ingesting a new article).
    case noStream
    /// The stream's last event must have exactly this version (versions start at 1).
    case exactly(Int)

    /// True when a stream whose last version is `current` (0 for no stream) satisfies the expectation.
    public func admits(current: Int) -> Bool {
        switch self {
        case .any: true
        case .noStream: current == 0
        case .exactly(let version): current == version
        }
    }
}

extension ExpectedVersion {
    /// The expectation in words for messages: `version 15`, `no stream yet`, `any version`.
    public var phrase: String {
        switch self {
        case .any: "any version"
        case .noStream: "no stream yet"
        case .exactly(let version): "version \(version)"
        }
    }
}
