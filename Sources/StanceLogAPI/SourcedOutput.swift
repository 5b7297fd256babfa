public import StanceLogCore
public import StanceLogTimeline

/// A timeline point or one end of a diff row in JSON: the value's own keys, then ``SourceKeys``
/// (`validEnd`, `title`, `outlet`, `url`).
///
/// One wrapper for both, so a point and a diff end name their source the same way in the
/// CLI's `--format json` and in the server's answers.
public struct SourcedOutput<Value: Encodable>: Encodable {
    public let value: Value
    public let sourceKeys: SourceKeys

    /// A timeline point, with its article from `sources`.
    public init(_ point: TimelinePoint, sources: ArticleSources) where Value == TimelinePoint {
        value = point
        sourceKeys = SourceKeys(date: point.date, article: sources[point.article])
    }

    /// One end of a diff row (the stance at a date), with its article from `sources`.
    public init(_ reading: StanceReading, sources: ArticleSources) where Value == StanceReading {
        value = reading
        sourceKeys = SourceKeys(date: reading.date, article: sources[reading.article])
    }

    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
        try sourceKeys.encode(to: encoder)
    }
}
