import Foundation
public import StanceLogCore

/// Where the report's evidence links lead: to the article's row in the report's own source list, or to the server's pages.
///
/// `stancelog report` writes one self-contained file, so a chart mark or a piece of
/// evidence links to its article's row in the sources table (`#article-ID`), when the
/// table lists it. The live view of `stancelog serve` has a page per statement and per
/// article (`/statements/ID`, `/articles/ID`); its links carry the window's query
/// string, so those pages lead back to the same view.
public enum ReportLinks: Hashable, Sendable {
    /// Anchors within the report.
    case anchors
    /// The server's pages; `query` is a percent-encoded query string without `?`, empty for none.
    case pages(query: String)

    /// The `id` of an article's row in the sources table.
    public static func anchor(_ article: ArticleID) -> String { "article-\(article.rawValue)" }

    /// The link to a statement: its page; nil in a static report, which has none.
    public func statement(_ id: StatementID) -> String? {
        guard case .pages(let query) = self else { return nil }
        return "/statements/" + Self.segment(id.rawValue) + Self.suffix(query)
    }

    /// The link to an article: its page, or its row in the sources table when `listed` there.
    public func article(_ id: ArticleID, listed: Bool) -> String? {
        switch self {
        case .anchors: listed ? "#" + Self.anchor(id) : nil
        case .pages(let query): "/articles/" + Self.segment(id.rawValue) + Self.suffix(query)
        }
    }

    /// Where a chart mark leads: the statement's page when there is one, else the article.
    func mark(statement: StatementID?, article: ArticleID?, listed: Set<ArticleID>) -> String? {
        statement.flatMap(self.statement) ?? article.flatMap { self.article($0, listed: listed.contains($0)) }
    }

    /// The links shown after a piece of evidence, as HTML: `statement · article`, or `source` in a static report.
    func evidence(statement: StatementID?, article: ArticleID?, listed: Set<ArticleID>) -> String {
        var links: [String] = []
        if let href = statement.flatMap(self.statement) { links.append(Self.link(href, "statement")) }
        if let article, let href = self.article(article, listed: listed.contains(article)) {
            links.append(Self.link(href, self == .anchors ? "source" : "article"))
        }
        return links.isEmpty ? "" : "<span class=\"links\">" + links.joined(separator: " · ") + "</span>"
    }

    private static func link(_ href: String, _ text: String) -> String {
        "<a href=\"\(HTMLText.escape(href))\">\(text)</a>"
    }

    /// `text` with every character but RFC 3986's unreserved ones (letters, digits, `-._~`) percent-encoded:
    /// safe as a path segment or a query value.
    public static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// The id as a path segment (ids are hex in practice; an imported log may hold others).
    private static func segment(_ id: String) -> String { percentEncoded(id) }

    private static func suffix(_ query: String) -> String { query.isEmpty ? "" : "?" + query }
}

