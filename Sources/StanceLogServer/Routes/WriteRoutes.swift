import Hummingbird
import Logging
import StanceLogAPI
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest

/// The analyst desk over HTTP: ingest an article, append, correct and retract a statement.
///
/// Each write needs a bearer token from the tokens file (``WriteAccess``); appends,
/// corrections and retractions record the token's user name in the event, as `--by`
/// does, and every write is logged with it (never with the token). Bodies are limited to the 8 MB an
/// article may have. After a write to a team log the mirror pulls it, so the next read
/// sees it.
struct WriteRoutes {
    let service: LogService

    func add<Context: RequestContext>(to router: Router<Context>) {
        router.post("api/v1/articles") { request, context in try await ingest(request, logger: context.logger) }
        router.post("api/v1/statements") { request, context in try await append(request, logger: context.logger) }
        router.post("api/v1/statements/{id}/correction") { request, context in
            try await correct(context.parameters.require("id"), request, logger: context.logger)
        }
        router.post("api/v1/statements/{id}/retraction") { request, context in
            try await retract(context.parameters.require("id"), request, logger: context.logger)
        }
    }

    /// As `stancelog ingest FILE [--date] [--outlet] [--url]`: the body is the article's text.
    func ingest(_ request: Request, logger: Logger) async throws -> Response {
        let user = try service.access.user(of: request)
        try Self.refuseDeclaredOverLimit(request)
        let parameters = QueryParameters(request)
        let overrides = IngestOverrides(
            date: try parameters.date("date"), outlet: parameters.text("outlet"), url: parameters.text("url"))
        let body = try await request.body.collect(upTo: ArticleSizeLimit.maximumBytes)
        let input = ArticleInput(name: parameters.text("name") ?? "article.txt", bytes: Array(body.readableBytesView))
        let ingestor = Ingestor(
            store: service.log.writer, preparer: ArticlePreparer(extractor: RuleBasedExtractor(codebook: service.codebook)))
        guard let outcome = try await ingestor.ingest([input], overrides: overrides).first else {
            throw StanceLogError(.invalidInput, "the request held no article", hint: "send the article's text as the body")
        }
        try await service.log.pull()
        logger.info("write by \(user): ingest \(input.fileName) → \(outcome.article.short)")
        let answer = IngestAnswer(outcome)
        return try JSONResponse.make(answer, status: answer.outcome == "added" ? .created : .ok)
    }

    /// As `stancelog append`: `{"article", "party", "topic", "stance", "evidence", "attribution"?, "speaker"?, "date"?}`.
    func append(_ request: Request, logger: Logger) async throws -> Response {
        let user = try service.access.user(of: request)
        let body = try await WriteBody.read(request, limit: ArticleSizeLimit.maximumBytes)
        let codebook = service.codebook
        let party = try VocabularyCheck.party(PartyID(try body.required(body.party, "party")), in: codebook)
        let topic = try VocabularyCheck.topic(TopicID(try body.required(body.topic, "topic")), in: codebook)
        let stance = try body.required(try body.checkedStance(), "stance")
        let article = try await IDResolver(store: service.log.writer).article(try body.required(body.article, "article"))
        let stated = try await AnalystDesk(store: service.log.writer, codebook: codebook).append(
            AnalystStatement(
                article: article, party: party, topic: topic, stance: stance,
                attribution: try body.checkedAttribution() ?? .direct, speaker: body.speaker,
                evidence: try body.required(body.evidence, "evidence"), date: try body.checkedDate()),
            by: user)
        try await service.log.pull()
        logger.info("write by \(user): append \(stated.statementID)")
        return try JSONResponse.make(WriteAnswer(statement: stated.statementID, article: article, by: user), status: .created)
    }

    /// As `stancelog correct ID --reason …`: the body's keys are the fields to change, and `reason`.
    func correct(_ typed: String, _ request: Request, logger: Logger) async throws -> Response {
        let user = try service.access.user(of: request)
        let body = try await WriteBody.read(request, limit: ArticleSizeLimit.maximumBytes)
        let codebook = service.codebook
        let amendment = StatementAmendment(
            party: try body.party.map { try VocabularyCheck.party(PartyID($0), in: codebook) },
            topic: try body.topic.map { try VocabularyCheck.topic(TopicID($0), in: codebook) },
            stance: try body.checkedStance(), attribution: try body.checkedAttribution(), speaker: body.speaker,
            evidence: body.evidence, validDate: try body.checkedDate(), reason: try Self.reason(body))
        let statement = try await IDResolver(store: service.log.writer).statement(typed)
        let corrected = try await AnalystDesk(store: service.log.writer, codebook: codebook).correct(
            statement, with: amendment, by: user)
        try await service.log.pull()
        logger.info("write by \(user): correct \(corrected.statementID)")
        return try JSONResponse.make(WriteAnswer(statement: corrected.statementID, article: corrected.articleID, by: user))
    }

    /// As `stancelog retract ID --reason …`: the body is `{"reason": …}`.
    func retract(_ typed: String, _ request: Request, logger: Logger) async throws -> Response {
        let user = try service.access.user(of: request)
        let body = try await WriteBody.read(request, limit: ArticleSizeLimit.maximumBytes)
        let reason = try Self.reason(body)
        let statement = try await IDResolver(store: service.log.writer).statement(typed)
        let retracted = try await AnalystDesk(store: service.log.writer, codebook: service.codebook).retract(
            statement, reason: reason, by: user)
        try await service.log.pull()
        logger.info("write by \(user): retract \(retracted.statementID)")
        return try JSONResponse.make(WriteAnswer(statement: retracted.statementID, article: retracted.articleID, by: user))
    }

    private static func reason(_ body: WriteBody) throws -> String {
        let reason = try body.required(body.reason, "reason")
        guard !reason.allSatisfy(\.isWhitespace) else {
            throw StanceLogError(.invalidInput, "\"reason\" is empty", hint: "say why the statement is changed")
        }
        return reason
    }

    /// Refuses a body whose declared length is over the limit before reading any of it.
    private static func refuseDeclaredOverLimit(_ request: Request) throws {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > ArticleSizeLimit.maximumBytes {
            throw APIError.tooLarge
        }
    }
}
