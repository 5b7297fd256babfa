extension DiffRow {
    /// The row without its change list: what `diff --summary` keeps (``changed`` still holds).
    public var summarised: DiffRow {
        DiffRow(
            party: party, topic: topic, from: from, to: to, changed: changed, statementsBetween: statementsBetween)
    }
}
