public import StanceLogCore

/// What `ingest` did with one input.
public enum IngestOutcome: Hashable, Sendable {
    /// A new article with this many statements entered the log.
    case added(name: String, article: ArticleID, statements: Int)
    /// The same text is already in the log (from an earlier ingest).
    case alreadyIngested(name: String, article: ArticleID)
    /// The same text appeared earlier in this very batch.
    case repeatedInBatch(name: String, article: ArticleID, firstName: String)

    public var article: ArticleID {
        switch self {
        case .added(_, let article, _), .alreadyIngested(_, let article), .repeatedInBatch(_, let article, _):
            article
        }
    }
}
