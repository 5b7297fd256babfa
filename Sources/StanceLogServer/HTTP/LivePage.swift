import Foundation
import Hummingbird
import Logging
import StanceLogCore
import StanceLogReport

/// The report page as the server shows it: the report's HTML with the window form and, when live, the reload script.
///
/// The report forbids every script (``LinkPolicy/contentSecurityPolicy``); the live
/// page allows one, `/live.js` from the server itself, and connections back to it for
/// the stream, and nothing else. Every value put into the page is escaped.
struct LivePage {
    /// The window the page shows, as the query gave it.
    struct Form {
        let from: String
        let to: String
        let asOf: String
        let parties: [String]
        let topics: [String]

        init(_ parameters: QueryParameters) {
            from = parameters.text("from") ?? ""
            to = parameters.text("to") ?? ""
            asOf = parameters.text("as_of") ?? ""
            parties = parameters.all("party")
            topics = parameters.all("topic")
        }

        /// The window as a percent-encoded query string without `?` (empty values left out), for links that keep it.
        var query: String {
            let pairs = [("from", from), ("to", to), ("as_of", asOf)] + parties.map { ("party", $0) } + topics.map { ("topic", $0) }
            return pairs.filter { !$0.1.isEmpty }.map { name, value in
                name + "=" + ReportLinks.percentEncoded(value)
            }.joined(separator: "&")
        }
    }

    let form: Form

    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'"

    /// The report page with the form after `<body>`; with `head` (the log's sequence), the live script too.
    func inject(into report: String, head: Int64?) -> String {
        var html = report.replacingOccurrences(
            of: LinkPolicy.contentSecurityPolicy,
            with: "<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.contentSecurityPolicy)\">")
        html = html.replacingOccurrences(of: "</head>", with: "<style>\n\(Self.style)\n</style>\n</head>")
        html = html.replacingOccurrences(of: "<body>\n", with: "<body>\n" + controls(head: head))
        if head != nil {
            html = html.replacingOccurrences(of: "</body>", with: "<script src=\"/live.js\"></script>\n</body>")
        }
        return html
    }

    /// The page `render` makes, or one saying what went wrong: a ``StanceLogError``'s message with its status
    /// (404 for an unknown id), anything else a 500 whose details go to the server's log.
    func answer(_ what: String, logger: Logger, _ render: () async throws -> String) async -> Response {
        do {
            return Self.response(try await render(), status: .ok)
        } catch let failure as StanceLogError {
            return Self.response(message(failure.description), status: APIError(failure).status)
        } catch {
            logger.error("\(what) failed: \(String(describing: error))")
            return Self.response(message("the server failed to render the page; its log says why"), status: .internalServerError)
        }
    }

    /// A page with the form and `message` only.
    func message(_ message: String) -> String {
        PageFrame.document(
            title: "stancelog", style: Self.style,
            body: controls(head: nil) + "<main><p class=\"message\">\(HTMLText.escape(message))</p></main>\n")
    }

    /// The form that chooses the window; it submits to `/` by GET, so the address keeps the choice.
    private func controls(head: Int64?) -> String {
        let live = head.map { " data-head=\"\($0)\"" } ?? ""
        var html = "<form class=\"live\" method=\"get\" action=\"/\"\(live)>\n"
        html += field("from", "From", form.from) + field("to", "To", form.to) + field("as_of", "As of (seq or time)", form.asOf)
        for party in form.parties { html += hidden("party", party) }
        for topic in form.topics { html += hidden("topic", topic) }
        html += "<button type=\"submit\">Show</button> <a href=\"/\">Reset</a>"
        html += " <span id=\"live-status\">\(head == nil ? "not live" : "")</span>\n</form>\n"
        return html
    }

    private func field(_ name: String, _ label: String, _ value: String) -> String {
        "<label>\(label) <input name=\"\(name)\" value=\"\(HTMLText.escape(value))\" size=\"10\"></label>\n"
    }

    private func hidden(_ name: String, _ value: String) -> String {
        "<input type=\"hidden\" name=\"\(name)\" value=\"\(HTMLText.escape(value))\">\n"
    }

    /// The form's look: one line above the report, wrapping on a phone.
    static let style = """
        form.live { display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: center; padding: .5rem 1rem;
          background: #f4f4f6; border-bottom: 1px solid #ddd; font: 14px system-ui, sans-serif; }
        form.live input { font: inherit; }
        #live-status { color: #555; }
        p.message { white-space: pre-wrap; font: 15px system-ui, sans-serif; margin: 1rem; }
        """

    /// An HTML response with the live page's security headers.
    static func response(_ html: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy: contentSecurityPolicy, .xContentTypeOptions: "nosniff",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// Reloads the page when the stream reports a head other than the one the page shows.
    static let script = """
        (function () {
          var form = document.querySelector('form.live');
          var status = document.getElementById('live-status');
          if (!form || !window.EventSource) { return; }
          var shown = form.getAttribute('data-head');
          var source = new EventSource('/api/v1/stream');
          source.addEventListener('open', function () { status.textContent = 'live: log at ' + shown; });
          source.addEventListener('error', function () { status.textContent = 'reconnecting…'; });
          source.addEventListener('head', function (event) {
            var head = JSON.parse(event.data);
            if (String(head.sequence) !== shown) { source.close(); window.location.reload(); }
          });
        })();

        """
}
