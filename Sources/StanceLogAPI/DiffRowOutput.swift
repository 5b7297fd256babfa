public import StanceLogCore
public import StanceLogTimeline

/// A diff row in JSON: ``DiffRow``'s keys plus `label` (``StanceMove``), with sources on both ends and every change;
/// for `diff --summary` without `changes`.
public struct DiffRowOutput: Encodable {
    public let row: DiffRow
    public let sources: ArticleSources
    /// Leaves out the change list (`diff --summary`).
    public let summary: Bool

    public init(row: DiffRow, sources: ArticleSources, summary: Bool = false) {
        self.row = row
        self.sources = sources
        self.summary = summary
    }

    private enum CodingKeys: String, CodingKey {
        case party, topic, from, to, change, changed, label, statementsBetween, changes
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(row.party, forKey: .party)
        try container.encode(row.topic, forKey: .topic)
        try container.encode(SourcedOutput(row.from, sources: sources), forKey: .from)
        try container.encode(SourcedOutput(row.to, sources: sources), forKey: .to)
        try container.encode(row.change, forKey: .change)
        try container.encode(row.changed, forKey: .changed)
        try container.encode(row.move?.rawValue, forKey: .label)
        try container.encode(row.statementsBetween, forKey: .statementsBetween)
        if !summary {
            try container.encode(row.changes.map { SourcedOutput($0, sources: sources) }, forKey: .changes)
        }
    }
}

extension DiffRow {
    /// How the stance moved from FROM to TO.
    public var move: StanceMove? { StanceMove(from: from.stance, to: to.stance, movedBetween: changed) }
}
