import Foundation
import Hummingbird
import StanceLogAPI
import StanceLogCore
import StanceLogIngest
import StanceLogTimeline

/// `GET /api/v1/articles`, `articles/{id}`, `statements/{id}`, `events` and `head`: what the log holds.
struct LogRoutes {
    /// The most events one `events` request returns, and the default `limit`.
    static let eventLimit: Int64 = 1_000

    let service: LogService

    func add(to router: Router<some RequestContext>) {
        router.get("api/v1/articles") { request, _ in try await articles(QueryParameters(request)) }
        router.get("api/v1/articles/{id}") { request, context in
            try await article(context.parameters.require("id"), QueryParameters(request))
        }
        router.get("api/v1/statements/{id}") { _, context in try await statement(context.parameters.require("id")) }
        router.get("api/v1/events") { request, _ in try await events(QueryParameters(request)) }
        router.get("api/v1/head") { _, _ in try await head() }
    }

    /// As `stancelog articles --format json [--outlet] [--from] [--to] [--as-of]`.
    func articles(_ parameters: QueryParameters) async throws -> Response {
        let outlet = parameters.text("outlet")
        let from = try parameters.date("from")
        let to = try parameters.date("to")
        let asOf = try parameters.asOf()
        let articles = try await service.log.queries().articles(asOf: asOf).filter { article in
            (outlet.map { wanted in article.outlet?.range(of: wanted, options: [.caseInsensitive, .diacriticInsensitive]) != nil } ?? true)
                && (from.map { article.published.endDay >= $0.startDay } ?? true)
                && (to.map { article.published.endDay <= $0.endDay } ?? true)
        }
        return try JSONResponse.make(articles.map(ArticleOutput.init))
    }

    /// One element of `articles`: the article an id or a unique prefix of it (8 hex digits or more) names.
    func article(_ typed: String, _ parameters: QueryParameters) async throws -> Response {
        let asOf = try parameters.asOf()
        let id = try await IDResolver(store: service.log.reader).article(typed)
        guard let article = try await service.log.queries().article(id, asOf: asOf) else {
            throw StanceLogError(
                .notFound, "article \(id.short) is not in the log" + (asOf.map { " as of \($0)" } ?? ""),
                hint: "list the articles with GET /api/v1/articles")
        }
        return try JSONResponse.make(ArticleOutput(article))
    }

    /// As `stancelog log --statement ID --format json`: every event about the statement, with the curation carried over.
    func statement(_ typed: String) async throws -> Response {
        let id = try await IDResolver(store: service.log.reader).statement(typed)
        return JSONResponse.text(Self.eventArray(try await StatementHistory(store: service.log.reader).events(about: id)))
    }

    /// As `stancelog log --format json --from-seq N --limit L`, `limit` at most ``eventLimit``.
    func events(_ parameters: QueryParameters) async throws -> Response {
        let from = try parameters.integer("from_seq", in: 1...Int64.max) ?? 1
        let limit = try parameters.integer("limit", in: 0...Self.eventLimit) ?? Self.eventLimit
        let events = try await service.log.reader.read(EventQuery(fromSequence: from, limit: Int(limit)))
        return JSONResponse.text(Self.eventArray(events))
    }

    /// `{"sequence": N, "hash": "…"}`: what `stancelog head` prints as `N:HASH`.
    func head() async throws -> Response {
        try JSONResponse.make(HeadOutput(try await service.log.head()))
    }

    /// The events as `log --format json` prints them: the export lines in a JSON array.
    static func eventArray(_ events: [RecordedEvent]) -> String {
        "[" + events.map(JSONLinesExchange.line(for:)).joined(separator: ",\n") + "]"
    }
}
