import Hummingbird
import StanceLogAPI
import StanceLogCore
import StanceLogTimeline

/// `GET /api/v1/state`, `timeline` and `diff`: the query commands' `--format json`, byte for byte.
///
/// The parameters are the commands' options with underscores: `at`, `as_of`, `party`
/// and `topic` (repeatable), `from`, `to`, `every_point`, `changed_only`.
struct QueryRoutes {
    let service: LogService

    func add(to router: Router<some RequestContext>) {
        router.get("api/v1/state") { request, _ in try await state(QueryParameters(request)) }
        router.get("api/v1/timeline") { request, _ in try await timeline(QueryParameters(request)) }
        router.get("api/v1/diff") { request, _ in try await diff(QueryParameters(request)) }
    }

    /// As `stancelog state --format json [--at] [--as-of] [--party…] [--topic…]`.
    func state(_ parameters: QueryParameters) async throws -> Response {
        let date = try parameters.date("at") ?? DateText.today(option: "at=")
        let asOf = try parameters.asOf()
        let queries = try await service.log.queries()
        let filter = try await parameters.filter(codebook: service.codebook, queries: queries)
        let cells = try await queries.state(at: date, asOf: asOf, filter: filter)
        let sources = try await ArticleSources.load(queries, asOf: asOf, of: cells)
        return try JSONResponse.make(cells.map { CellOutput($0, sources: sources) })
    }

    /// As `stancelog timeline --format json [--from] [--to] [--every-point] [--as-of] [--party…] [--topic…]`.
    func timeline(_ parameters: QueryParameters) async throws -> Response {
        let from = try parameters.date("from")
        let to = try parameters.date("to")
        if let from, let to, from.startDay > to.endDay {
            throw StanceLogError(.invalidInput, "from \(from) is after to \(to)", hint: "give the earlier date to from")
        }
        let asOf = try parameters.asOf()
        let everyPoint = try parameters.flag("every_point")
        let queries = try await service.log.queries()
        let filter = try await parameters.filter(codebook: service.codebook, queries: queries)
        let points = try await queries.timeline(filter: filter, asOf: asOf, changesOnly: !everyPoint).filter { point in
            (from.map { point.date.endDay >= $0.startDay } ?? true) && (to.map { point.date.endDay <= $0.endDay } ?? true)
        }
        let sources = try await ArticleSources.load(queries, asOf: asOf, of: points)
        return try JSONResponse.make(points.map { SourcedOutput($0, sources: sources) })
    }

    /// As `stancelog diff FROM TO --format json [--changed-only] [--as-of] [--party…] [--topic…]`.
    func diff(_ parameters: QueryParameters) async throws -> Response {
        let from = try parameters.requiredDate("from")
        let to = try parameters.requiredDate("to")
        guard from.endDay <= to.endDay else {
            throw StanceLogError(.invalidInput, "from \(from) is after to \(to)", hint: "give the earlier date as from: from=\(to)&to=\(from)")
        }
        let asOf = try parameters.asOf()
        let changedOnly = try parameters.flag("changed_only")
        let queries = try await service.log.queries()
        let filter = try await parameters.filter(codebook: service.codebook, queries: queries)
        let rows = try await queries.diff(from: from, to: to, asOf: asOf, filter: filter).filter { !changedOnly || $0.changed }
        let sources = try await ArticleSources.load(queries, asOf: asOf, of: rows)
        return try JSONResponse.make(rows.map { DiffRowOutput(row: $0, sources: sources) })
    }
}
