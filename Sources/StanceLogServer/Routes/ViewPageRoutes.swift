import Hummingbird
import Logging
import StanceLogCore
import StanceLogIngest
import StanceLogReport

/// `GET /statements/{id}` and `GET /articles/{id}`: the live view's pages for what a chart point or a piece of evidence
/// links to.
///
/// The ids may be unique prefixes, as in the API (8 hex digits or more; a statement's `st-`
/// may be left out); an unknown id is a 404 page, a malformed or ambiguous one a 400 page.
/// The window's query parameters (`from`, `to`, `as_of`, `party`, `topic`) are only carried
/// over, to the links back to the view and to further pages; the pages show the log as it is now.
struct ViewPageRoutes {
    let service: LogService

    func add(to router: Router<some RequestContext>) {
        router.get("statements/{id}") { request, context in
            let id = try context.parameters.require("id")
            let form = LivePage.Form(QueryParameters(request))
            return await LivePage(form: form).answer("GET /statements/\(id)", logger: context.logger) {
                try await statement(id, query: form.query)
            }
        }
        router.get("articles/{id}") { request, context in
            let id = try context.parameters.require("id")
            let form = LivePage.Form(QueryParameters(request))
            return await LivePage(form: form).answer("GET /articles/\(id)", logger: context.logger) {
                try await article(id, query: form.query)
            }
        }
    }

    func statement(_ typed: String, query: String) async throws -> String {
        let reader = service.log.reader
        let id = try await IDResolver(store: reader).statement(typed)
        let history = try await StatementHistory(store: reader).events(about: id)
        guard let stated = history.first(where: { $0.type == .positionStated && $0.index.statementID == id }) else {
            throw StanceLogError(.notFound, "no statement \(id) in the log", hint: "follow a link from the view at /")
        }
        let article = try ArticleView(stream: try await reader.readStream(stated.stream), id: stated.index.articleID)
        return try StatementPage(
            id: id, article: article, history: history, links: .pages(query: query), frame: PageFrame(query: query)
        ).render()
    }

    func article(_ typed: String, query: String) async throws -> String {
        let reader = service.log.reader
        let id = try await IDResolver(store: reader).article(typed)
        let article = try ArticleView(stream: try await reader.readStream(.article(id)), id: id)
        return ArticlePage(article: article, links: .pages(query: query), frame: PageFrame(query: query)).render()
    }
}
