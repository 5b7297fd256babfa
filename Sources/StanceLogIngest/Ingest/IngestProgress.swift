/// How far an ingest is, for a progress display.
public enum IngestProgress: Hashable, Sendable {
    /// `done` of `total` inputs read, dated and extracted.
    case read(Int, of: Int)
    /// `done` of `total` new articles appended.
    case written(Int, of: Int)
}
