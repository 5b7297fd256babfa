extension EventIndex {
    /// Every typed column of a stored event that is derived from its payload: the one list `verify` checks.
    ///
    /// A store keeps one column per case (the raw value is the SQLite column
    /// name). Adding a typed column means adding a case here, so that `verify`
    /// compares it and the column-by-column tamper test covers it.
    public enum Column: String, CaseIterable, Sendable {
        case articleID = "article_id"
        case statementID = "statement_id"
        case party
        case topic
        case stance
        case attribution
        case validDate = "valid_date"
        case validStart = "valid_start"
        case validEnd = "valid_end"
        case extraction

        /// The column's value in `index`, as text; nil for SQL NULL.
        public func value(in index: EventIndex) -> String? {
            switch self {
            case .articleID: index.articleID.rawValue
            case .statementID: index.statementID?.rawValue
            case .party: index.party?.rawValue
            case .topic: index.topic?.rawValue
            case .stance: index.stance.map { String($0.value) }
            case .attribution: index.attribution?.rawValue
            case .validDate: index.validDate?.description
            case .validStart: index.validStart.map(String.init)
            case .validEnd: index.validEnd.map(String.init)
            case .extraction: index.extraction
            }
        }
    }

    /// The first column in which `stored` disagrees with this index (derived from the payload), or nil.
    public func firstDisagreement(with stored: EventIndex) -> (column: Column, stored: String?, derived: String?)? {
        for column in Column.allCases where column.value(in: stored) != column.value(in: self) {
            return (column, column.value(in: stored), column.value(in: self))
        }
        return nil
    }
}
