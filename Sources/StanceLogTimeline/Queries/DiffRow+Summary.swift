extension DiffRow {
    /// The row with at most its first change point: what `diff --summary` keeps (``changed`` still holds).
    public var summarised: DiffRow {
        DiffRow(
            party: party, topic: topic, from: from, to: to, changes: Array(changes.prefix(1)),
            statementsBetween: statementsBetween)
    }
}
