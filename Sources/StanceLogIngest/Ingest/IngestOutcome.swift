public import StanceLogCore

/// What `ingest` did with one input.
public enum IngestOutcome: Hashable, Sendable {
    /// A new article with this many statements entered the log.
    case added(name: String, article: ArticleID, statements: Int)
    /// The same text is already in the log (from an earlier ingest).
    case alreadyIngested(name: String, article: ArticleID)
    /// The same text appeared earlier in this very batch (also when it differs only as ``ContentKey`` folds).
    case repeatedInBatch(name: String, article: ArticleID, firstName: String)
    /// The log holds this article, but the offered copy differs from it: in layout or quotation marks only
    /// (the same ``ContentKey``), or in date, outlet or URL. Nothing was added; `differences` says what differs.
    case alreadyIngestedWithDifferences(name: String, article: ArticleID, differences: [String])

    public var article: ArticleID {
        switch self {
        case .added(_, let article, _), .alreadyIngested(_, let article), .repeatedInBatch(_, let article, _),
            .alreadyIngestedWithDifferences(_, let article, _):
            article
        }
    }
}
