/// Which statements count on a timeline, and which outrank the others as reviewed.
///
/// The rules live here once; the SQLite projection folds statements with them and
/// calls them from SQL as well (its set-based rebuild registers them as SQL functions),
/// so no copy of a rule is written in SQL.
public enum StatementCounting {
    /// Whether a statement counts, given its article's current extraction key.
    ///
    /// Analyst statements (no extraction key) and analyst-corrected statements always
    /// count; an extracted one counts while its key is the article's current one (or
    /// the article never recorded one). A retracted statement never counts.
    ///
    /// - Parameters:
    ///   - extraction: the statement's extractor key (``StanceLogCore/ExtractorIdentity/key``); nil for an analyst's.
    ///   - corrected: an analyst corrected the statement.
    ///   - retracted: the statement was retracted.
    ///   - articleExtraction: the article's current extractor key; nil when none was recorded.
    public static func counts(extraction: String?, corrected: Bool, retracted: Bool, articleExtraction: String?)
        -> Bool
    {
        guard !retracted else { return false }
        guard let extraction, !corrected, let articleExtraction else { return true }
        return extraction == articleExtraction
    }

    /// Whether a statement is reviewed: an analyst's own (no extraction key) or corrected by one.
    ///
    /// Reviewed statements outrank extracted ones when statements combine at one day.
    public static func isReviewed(extraction: String?, corrected: Bool) -> Bool {
        extraction == nil || corrected
    }
}
