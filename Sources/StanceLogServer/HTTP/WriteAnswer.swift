import StanceLogCore
import StanceLogIngest

/// The answer to an append, correction or retraction: `{"statementId", "article", "by"}`.
struct WriteAnswer: Encodable {
    let statementId: String
    let article: String
    let by: String

    init(statement: StatementID, article: ArticleID, by user: String) {
        statementId = statement.rawValue
        self.article = article.rawValue
        by = user
    }
}

/// The answer to an ingest: `{"outcome", "article", "statements", "differences"}`.
///
/// `outcome` is `added`, `alreadyIngested` or `alreadyIngestedWithDifferences`, as the
/// CLI's `added` / `skipped` lines say; `statements` counts what was added (0 when skipped).
struct IngestAnswer: Encodable {
    let outcome: String
    let article: String
    let statements: Int
    let differences: [String]

    init(_ outcome: IngestOutcome) {
        article = outcome.article.rawValue
        switch outcome {
        case .added(_, _, let count):
            self.outcome = "added"
            statements = count
            differences = []
        case .alreadyIngested, .repeatedInBatch:
            self.outcome = "alreadyIngested"
            statements = 0
            differences = []
        case .alreadyIngestedWithDifferences(_, _, let found):
            self.outcome = "alreadyIngestedWithDifferences"
            statements = 0
            differences = found
        }
    }
}
