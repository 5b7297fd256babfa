import Hummingbird
import Logging
import StanceLogAPI
import StanceLogCore
import StanceLogExtraction
import StanceLogReport
import StanceLogTimeline

/// `GET /`: the report, rendered on the fly for the window the query asks for, and `GET /live.js`.
///
/// The parameters are `report`'s options: `from`, `to`, `as_of`, `party` and `topic`
/// (repeatable). The page is the report's HTML (``HTMLReport``) with a form that keeps
/// them and, for the present log, a script that reloads the page when the stream
/// says the log grew; with JavaScript off it is the report as `stancelog report` writes it.
struct LiveViewRoutes {
    let service: LogService

    func add(to router: Router<some RequestContext>) {
        router.get("/") { request, context in await page(QueryParameters(request), logger: context.logger) }
        router.get("live.js") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: LivePage.script)))
        }
    }

    /// The page, or a page saying what is wrong with the request (or that the log holds nothing to show yet).
    func page(_ parameters: QueryParameters, logger: Logger) async -> Response {
        let form = LivePage.Form(parameters)
        return await LivePage(form: form).answer("GET /", logger: logger) {
            let report = try await render(parameters, links: .pages(query: form.query))
            return LivePage(form: form).inject(into: report.html, head: report.head)
        }
    }

    private func render(_ parameters: QueryParameters, links: ReportLinks) async throws -> (html: String, head: Int64?) {
        let from = try parameters.date("from")
        let to = try parameters.date("to")
        if let from, let to, from.startDay > to.endDay {
            throw StanceLogError(.invalidInput, "from \(from) is after to \(to)", hint: "swap the dates")
        }
        let asOf = try parameters.asOf()
        let queries = try await service.log.queries()
        let filter = try await parameters.filter(codebook: service.codebook, queries: queries)
        let head = try await service.log.head()
        var position = head.events
        if let asOf { position = try await queries.sequence(at: asOf) }
        let builder = ReportBuilder(
            queries: queries,
            parties: service.codebook.parties.map { ReportParty(id: $0.id, name: $0.name) },
            topics: service.codebook.topics.map { ReportBuilder.Topic(id: $0.id, question: $0.question) })
        var model = try await builder.build(from: from, to: to, filter: filter, asOf: asOf, logPosition: position)
        if position > 0, let event = try await service.log.reader.read(EventQuery(fromSequence: position, limit: 1)).first {
            model.head = "\(position):\(event.hash)"
        }
        return (HTMLReport(model: model, links: links).render(), asOf == nil ? head.events : nil)
    }
}
