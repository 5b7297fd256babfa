import StanceLogCore
import StanceLogIngest
import StanceLogReport

/// `GET /articles/{id}` as HTML: title, outlet, date and URL, its statements (each linking to its page), and its text
/// with their evidence marked.
struct ArticlePage {
    let article: ArticleView
    let links: ReportLinks
    let frame: PageFrame

    func render() -> String {
        let statements = article.statements.order.compactMap { article.statements.statements[$0] }
        var body = "<section id=\"statements\">\n<h2>Statements</h2>\n"
        if statements.isEmpty {
            body += "<p class=\"note\">The extractor found no statement in this article.</p>\n"
        } else {
            body += "<div class=\"table-scroll\"><table>\n<thead><tr><th>Statement</th><th>Evidence</th><th>Status</th></tr></thead>\n<tbody>\n"
            for statement in statements {
                let id = statement.stated.statementID
                let href = links.statement(id) ?? ""
                body += "<tr><td><a href=\"\(HTMLText.escape(href))\">\(ArticleView.summary(statement))</a></td>"
                body += "<td><blockquote>\(HTMLText.escape(statement.evidence.joined(separator: " … ")))</blockquote></td>"
                body += "<td>\(HTMLText.escape(article.status(of: statement)))</td></tr>\n"
            }
            body += "</tbody></table></div>\n"
        }
        let counted = statements.filter { !$0.retracted }.flatMap(\.evidence)
        body += "</section>\n<section id=\"text\">\n<h2>Text</h2>\n"
        body += "<div class=\"text\">\(MarkedText(text: article.ingested.text, evidence: counted).html())</div>\n</section>\n"
        let id = "<code>\(HTMLText.escape(article.ingested.articleID.rawValue))</code>"
        return frame.render(title: article.title, meta: article.meta() + "<br>Article " + id, body: body)
    }
}
