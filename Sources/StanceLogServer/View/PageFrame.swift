import StanceLogReport

/// The frame of the live view's own pages (a statement, an article): the report's look and a link back to the view.
///
/// The back link carries the window's query string, so a reader returns to the view
/// they came from. Like the view, the pages run no script.
struct PageFrame {
    /// The window's percent-encoded query string, without `?`.
    let query: String

    /// The link back to `/` with the window.
    var back: String { "/" + (query.isEmpty ? "" : "?" + query) }

    /// A whole page: `title` (plain text, escaped here) above `body` (HTML, escaped by its maker).
    func render(title: String, meta: String, body: String) -> String {
        Self.document(
            title: title, style: ReportStyle.css + "\n" + Self.css,
            body: """
                <header>
                <nav><a href="\(HTMLText.escape(back))">← Back to the view</a></nav>
                <h1>\(HTMLText.escape(title))</h1>
                <p class="meta">\(meta)</p>
                </header>
                <main>
                \(body)</main>

                """)
    }

    /// An HTML document with the live view's Content-Security-Policy: `title` escaped, `style` and `body` as given.
    static func document(title: String, style: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(LivePage.contentSecurityPolicy)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// The pages' own rules: marked evidence, the article text, the history table.
    static let css = """
        mark { background: #fde68a; color: inherit; padding: 0 .1em; }
        blockquote.evidence, div.text { white-space: pre-wrap; overflow-wrap: anywhere; color: var(--ink); font-size: .95rem;
          border-left: 3px solid var(--rule); padding: .2rem .8rem; margin: .4rem 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .4rem 0; }
        dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        td code, dd code, p.meta code { overflow-wrap: anywhere; }
        """
}
