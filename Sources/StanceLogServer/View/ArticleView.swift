import StanceLogCore
import StanceLogIngest
import StanceLogReport

/// One article as its stream tells it: the ingest (title, outlet, date, URL, text) and its statements after curation.
///
/// Both pages read it: an article's page lists the statements, a statement's page shows
/// its sentence within the article's text.
struct ArticleView {
    let ingested: ArticleIngested
    let statements: ArticleStatements

    /// - Throws: ``StanceLogError`` `notFound` when the stream holds no ingest (an id the log does not know).
    init(stream: [RecordedEvent], id: ArticleID) throws {
        guard let first = stream.first, case .articleIngested(let ingested) = try first.decoded() else {
            throw StanceLogError(.notFound, "article \(id.short) is not in the log", hint: "list the articles with GET /api/v1/articles")
        }
        self.ingested = ingested
        statements = try ArticleStatements(stream: stream)
    }

    /// The title, else one read from the URL (as the report's sources do), else the short id.
    var title: String {
        ingested.title ?? ingested.url.flatMap(HTMLReport.slugTitle) ?? "Article \(ingested.articleID.short)"
    }

    /// Whether a statement counts now, or why not.
    func status(of statement: ArticleStatements.Statement) -> String {
        if statement.retracted { return "retracted" }
        if statements.withdrawn { return "article withdrawn" }
        if let key = statement.extraction, key != statements.currentExtraction { return "superseded by a newer extraction" }
        return statement.corrected ? "counts, corrected" : "counts"
    }

    /// `outlet · published · URL` as HTML: the URL a link only when it is `http` or `https`.
    func meta() -> String {
        var parts = [HTMLText.escape(ingested.outlet ?? "no outlet"), "published \(ingested.published)"]
        if let url = ingested.url {
            parts.append(LinkPolicy.linkable(url).map { "<a href=\"\(HTMLText.escape($0))\">\(HTMLText.escape($0))</a>" }
                ?? "<code>\(HTMLText.escape(url))</code>")
        }
        return parts.joined(separator: " · ")
    }

    /// One statement as a line: `party topic stance label · date`, escaped.
    static func summary(_ statement: ArticleStatements.Statement) -> String {
        HTMLText.escape("\(statement.party.rawValue) on \(statement.topic.rawValue): \(statement.stance) \(statement.stance.label)")
            + " · \(statement.validDate)"
    }
}
