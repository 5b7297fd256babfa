public import StanceLogCore
public import StanceLogExtraction
import StanceLogTimeline

/// Records an analyst's own statements, corrections and retractions.
///
/// Every action appends to the article's stream with the version just read, so
/// two analysts cannot silently overwrite each other; parties and topics are
/// checked against the codebook in use.
public struct AnalystDesk: Sendable {
    public let store: any EventStore
    public let codebook: Codebook

    public init(store: any EventStore, codebook: Codebook) {
        self.store = store
        self.codebook = codebook
    }

    /// Appends a ``PositionStated`` with origin `analyst`; a concurrent append to the article is retried (``ConflictRetry``).
    ///
    /// - Parameter analyst: who records it (the event's `by`, schema version 2).
    /// - Throws: ``StanceLogError`` `notFound` for an unknown article, `invalidInput` for an
    ///   unknown party or topic or empty evidence.
    @discardableResult
    public func append(_ statement: AnalystStatement, by analyst: String? = nil) async throws -> PositionStated {
        try await ConflictRetry.run { try await appendOnce(statement, by: analyst) }
    }

    private func appendOnce(_ statement: AnalystStatement, by analyst: String?) async throws -> PositionStated {
        try checkKnown(party: statement.party, topic: statement.topic)
        let evidence = statement.evidence.trimmingWhitespace
        guard !evidence.isEmpty else {
            throw StanceLogError(.invalidInput, "--evidence is empty", hint: "quote the sentence that shows the stance")
        }
        let stream = try await store.readStream(.article(statement.article))
        guard let first = stream.first, case .articleIngested(let article) = try first.decoded() else {
            throw StanceLogError(
                .notFound, "no article \(statement.article) in the log",
                hint: "list article ids with `stancelog log --type ArticleIngested`")
        }
        try Self.requireNotWithdrawn(stream, article: statement.article)
        try EvidenceCheck.require(evidence, in: article.text, article: statement.article)
        if let date = statement.date, date.startDay > article.published.endDay {
            throw StanceLogError(
                .invalidInput,
                "--date \(date) is after the publication of article \(statement.article.short) (\(article.published))",
                hint: "an article reports what was said by its publication: give a date up to \(article.published)")
        }
        let version = stream.last?.streamVersion ?? 0
        let event = PositionStated(
            statementID: StatementID.derived(from: [statement.article.rawValue, "analyst", String(version + 1)]),
            articleID: statement.article, party: statement.party, topic: statement.topic, stance: statement.stance,
            attribution: statement.attribution, speaker: statement.speaker,
            evidence: [EvidenceSpan.locating(evidence, in: article.text)],
            validDate: statement.date ?? article.published, origin: .analyst, extractor: nil, confidence: nil,
            by: analyst)
        try await store.append(
            [.positionStated(event)], to: .article(statement.article), expectedVersion: .exactly(version))
        return event
    }

    /// Appends a ``StatementCorrected`` for a live statement; a concurrent append to the article is retried.
    ///
    /// - Throws: ``StanceLogError`` `notFound` for an unknown or retracted statement,
    ///   `invalidInput` when the amendment changes nothing or names an unknown party or topic.
    @discardableResult
    public func correct(_ statement: StatementID, with amendment: StatementAmendment, by analyst: String? = nil)
        async throws
        -> StatementCorrected
    {
        guard !amendment.isEmpty else {
            throw StanceLogError(
                .invalidInput, "the correction of \(statement) changes nothing",
                hint: "give at least one of --party, --topic, --stance, --attribution, --speaker, --evidence, --date")
        }
        try checkKnown(party: amendment.party, topic: amendment.topic)
        return try await ConflictRetry.run { try await correctOnce(statement, with: amendment, by: analyst) }
    }

    private func correctOnce(_ statement: StatementID, with amendment: StatementAmendment, by analyst: String?)
        async throws -> StatementCorrected
    {
        let live = try await liveStatement(statement)
        try Self.checkChanges(amendment, of: live.current, id: statement)
        let articleText = try await text(of: live.article)
        if let evidence = amendment.evidence {
            try EvidenceCheck.require(evidence, in: articleText, article: live.article)
        }
        let event = StatementCorrected(
            statementID: statement, articleID: live.article, party: amendment.party, topic: amendment.topic,
            stance: amendment.stance, attribution: amendment.attribution, speaker: amendment.speaker,
            evidence: amendment.evidence.map { [EvidenceSpan.locating($0, in: articleText)] },
            validDate: amendment.validDate, reason: amendment.reason, by: analyst)
        try await store.append(
            [.statementCorrected(event)], to: .article(live.article), expectedVersion: .exactly(live.streamVersion))
        return event
    }

    /// Appends a ``StatementRetracted`` for a live statement; a concurrent append to the article is retried.
    ///
    /// - Throws: ``StanceLogError`` `notFound` for an unknown or already retracted statement.
    @discardableResult
    public func retract(_ statement: StatementID, reason: String, by analyst: String? = nil) async throws
        -> StatementRetracted
    {
        try await ConflictRetry.run { try await retractOnce(statement, reason: reason, by: analyst) }
    }

    private func retractOnce(_ statement: StatementID, reason: String, by analyst: String?) async throws -> StatementRetracted {
        let live = try await liveStatement(statement)
        let event = StatementRetracted(statementID: statement, articleID: live.article, reason: reason, by: analyst)
        try await store.append(
            [.statementRetracted(event)], to: .article(live.article), expectedVersion: .exactly(live.streamVersion))
        return event
    }

    private func liveStatement(_ id: StatementID) async throws
        -> (article: ArticleID, streamVersion: Int, current: ArticleStatements.Statement?)
    {
        let events = try await store.read(EventQuery(statementID: id))
        guard let stated = events.first(where: { $0.type == .positionStated }) else {
            throw StanceLogError(
                .notFound, "no statement \(id) in the log",
                hint: "list statement ids with `stancelog log --type PositionStated`")
        }
        if events.contains(where: { $0.type == .statementRetracted }) {
            throw StanceLogError(.notFound, "statement \(id) is already retracted", hint: "nothing to do")
        }
        let stream = try await store.readStream(stated.stream)
        try Self.requireNotWithdrawn(stream, article: stated.index.articleID)
        let article = try ArticleStatements(stream: stream)
        let current = article.statements[id]
        if let current, let absorber = article.absorber(of: current) {
            let kind = absorber.retracted ? "retracted" : "corrected"
            throw StanceLogError(
                .invalidInput,
                "statement \(id) says the same as \(absorber.stated.statementID), which an analyst \(kind); "
                    + "that curation carries over to it, so it does not count",
                hint: absorber.retracted
                    ? "nothing to do (`stancelog log --statement \(id)` shows its history)"
                    : "correct \(absorber.stated.statementID) instead")
        }
        return (stated.index.articleID, stream.last?.streamVersion ?? 0, current)
    }

    /// Appends an ``ArticleWithdrawn``: the article and its statements stop counting everywhere.
    ///
    /// - Throws: ``StanceLogError`` `notFound` for an unknown article, `invalidInput` for an empty
    ///   reason or an article already withdrawn.
    @discardableResult
    public func withdraw(_ article: ArticleID, reason: String, by analyst: String? = nil) async throws
        -> ArticleWithdrawn
    {
        guard !reason.trimmingWhitespace.isEmpty else {
            throw StanceLogError(.invalidInput, "--reason is empty", hint: "say why the article is withdrawn")
        }
        let stream = try await store.readStream(.article(article))
        guard !stream.isEmpty else {
            throw StanceLogError(
                .notFound, "no article \(article) in the log",
                hint: "list article ids with `stancelog log --type ArticleIngested`")
        }
        try Self.requireNotWithdrawn(stream, article: article)
        let event = ArticleWithdrawn(articleID: article, reason: reason, by: analyst)
        try await store.append(
            [.articleWithdrawn(event)], to: .article(article), expectedVersion: .exactly(stream.last?.streamVersion ?? 0))
        return event
    }

    /// Appends an ``ArticleRestored``: a withdrawn article and the statements that counted before its withdrawal count again.
    ///
    /// - Throws: ``StanceLogError`` `notFound` for an unknown article, `invalidInput` for an empty
    ///   reason or an article that is not withdrawn.
    @discardableResult
    public func restore(_ article: ArticleID, reason: String, by analyst: String? = nil) async throws
        -> ArticleRestored
    {
        guard !reason.trimmingWhitespace.isEmpty else {
            throw StanceLogError(.invalidInput, "--reason is empty", hint: "say why the article is restored")
        }
        return try await ConflictRetry.run {
            let stream = try await store.readStream(.article(article))
            guard !stream.isEmpty else {
                throw StanceLogError(
                    .notFound, "no article \(article) in the log",
                    hint: "list article ids with `stancelog log --type ArticleIngested`")
            }
            guard Withdrawal.inForce(in: stream) != nil else {
                let restored = stream.last { $0.type == .articleRestored }
                throw StanceLogError(
                    .invalidInput,
                    "article \(article.short) is not withdrawn"
                        + (restored.map { " (restored by event \($0.sequence), \($0.recordedAt.iso8601))" } ?? ""),
                    hint: "only a withdrawn article can be restored; nothing to do")
            }
            let event = ArticleRestored(articleID: article, reason: reason, by: analyst)
            try await store.append(
                [.articleRestored(event)], to: .article(article), expectedVersion: .exactly(stream.last?.streamVersion ?? 0))
            return event
        }
    }

    private static func requireNotWithdrawn(_ stream: [RecordedEvent], article: ArticleID) throws {
        guard let withdrawal = Withdrawal.inForce(in: stream) else { return }
        throw StanceLogError(
            .invalidInput,
            "article \(article.short) was withdrawn (event \(withdrawal.sequence), \(withdrawal.recordedAt.iso8601)); "
                + "it and its statements no longer count",
            hint: "`stancelog log --article \(article.short)` shows why; a withdrawn article cannot be curated "
                + "until `stancelog restore \(article.short) --reason …`")
    }

    /// Refuses a correction whose every given field already has that value.
    private static func checkChanges(
        _ amendment: StatementAmendment, of current: ArticleStatements.Statement?, id: StatementID
    ) throws {
        guard let current else { return }
        let changes = [
            amendment.party.map { $0 != current.party }, amendment.topic.map { $0 != current.topic },
            amendment.stance.map { $0 != current.stance }, amendment.attribution.map { $0 != current.attribution },
            amendment.speaker.map { $0 != current.speaker },
            amendment.evidence.map { Claim.normalise($0) != current.evidence.map(Claim.normalise).joined(separator: " ") },
            amendment.validDate.map { $0 != current.validDate },
        ].compactMap { $0 }
        guard changes.contains(true) else {
            throw StanceLogError(
                .invalidInput,
                "the correction of \(id) changes nothing: it is already \(current.party) \(current.topic) "
                    + "\(current.stance) \(current.attribution.rawValue) dated \(current.validDate)",
                hint: "give a field with a different value")
        }
    }

    private func text(of article: ArticleID) async throws -> String {
        let first = try await store.read(EventQuery(limit: 1, types: [.articleIngested], articleID: article))
        guard let recorded = first.first, case .articleIngested(let ingested) = try recorded.decoded() else {
            return ""
        }
        return ingested.text
    }

    private func checkKnown(party: PartyID?, topic: TopicID?) throws {
        if let party, !codebook.knows(party: party) {
            throw StanceLogError(
                .invalidInput, "unknown party '\(party)'",
                hint: "use one of \(codebook.parties.map(\.id.rawValue).joined(separator: ", "))")
        }
        if let topic, !codebook.knows(topic: topic) {
            throw StanceLogError(
                .invalidInput, "unknown topic '\(topic)'",
                hint: "use one of \(codebook.topics.map(\.id.rawValue).joined(separator: ", "))")
        }
    }
}
