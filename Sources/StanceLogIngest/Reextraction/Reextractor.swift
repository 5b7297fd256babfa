public import StanceLogCore
import StanceLogTimeline

/// Re-reads stored articles with the current extractor and codebook.
///
/// For each article whose last extraction came from another extractor
/// identity, appends the new statements and an ``ExtractionSuperseded`` event;
/// nothing is deleted. Articles already read by the current identity are skipped.
public struct Reextractor: Sendable {
    public let store: any EventStore
    public let extractor: any StatementExtractor

    public init(store: any EventStore, extractor: any StatementExtractor) {
        self.store = store
        self.extractor = extractor
    }

    /// What re-extraction did with one article.
    public struct Outcome: Hashable, Sendable {
        public let article: ArticleID
        /// The identity that read it before; nil when it was already current.
        public let previous: ExtractorIdentity?
        public let statements: Int
        /// What the new extraction changes; empty when the article was already current.
        public let change: ReextractionChange
    }

    /// Re-extracts every article in the log, in one transaction.
    ///
    /// Articles are read a page at a time so that memory stays bounded by the
    /// page and the new statements, not by the texts of the whole log. When
    /// another writer appended to one of the articles meanwhile, nothing is
    /// written and the whole pass is read and tried again (``ConflictRetry``).
    ///
    /// - Parameters:
    ///   - dryRun: compute the outcomes (with what each article would change) and write nothing.
    ///   - pageSize: the articles read at a time.
    ///   - progress: called with the number of articles looked at so far, for a progress display.
    @discardableResult
    public func reextractAll(
        dryRun: Bool = false, pageSize: Int = 500, progress: (@Sendable (Int) -> Void)? = nil
    ) async throws -> [Outcome] {
        try await ConflictRetry.run { try await reextractAllOnce(dryRun: dryRun, pageSize: pageSize, progress: progress) }
    }

    private func reextractAllOnce(dryRun: Bool, pageSize: Int, progress: (@Sendable (Int) -> Void)?) async throws -> [Outcome] {
        var outcomes: [Outcome] = []
        var batches: [StreamAppend] = []
        var next: Int64 = 1
        while true {
            let page = try await store.read(EventQuery(fromSequence: next, limit: pageSize, types: [.articleIngested]))
            guard let last = page.last else { break }
            next = last.sequence + 1
            for recorded in page {
                guard case .articleIngested(let article) = try recorded.decoded() else { continue }
                let (outcome, batch) = try await reextract(article, stream: recorded.stream)
                outcomes.append(outcome)
                progress?(outcomes.count)
                if let batch { batches.append(batch) }
            }
        }
        if !dryRun, !batches.isEmpty { try await store.append(batches) }
        return outcomes
    }

    private func reextract(_ article: ArticleIngested, stream id: StreamID) async throws -> (Outcome, StreamAppend?) {
        let current = extractor.identity
        let stream = try await store.readStream(id)
        let previous = try Self.latestExtraction(in: stream) ?? article.extractor
        let withdrawn = Withdrawal.inForce(in: stream) != nil
        guard let previous, previous != current, !withdrawn, let text = NormalizedText(article.text) else {
            return (Outcome(article: article.articleID, previous: nil, statements: 0, change: .none), nil)
        }
        let statements = extractor.extract(from: text).map {
            PositionStated.extracted($0, article: article.articleID, published: article.published, extractor: current)
        }
        let change = ReextractionChange(before: try ArticleStatements(stream: stream), after: statements)
        let supersession = ExtractionSuperseded(
            articleID: article.articleID, previous: previous, current: current, statementCount: statements.count)
        let batch = StreamAppend(
            stream: id, expectedVersion: .exactly(stream.last?.streamVersion ?? 0),
            events: statements.map(DomainEvent.positionStated) + [.extractionSuperseded(supersession)])
        return (
            Outcome(article: article.articleID, previous: previous, statements: statements.count, change: change), batch
        )
    }

    private static func latestExtraction(in stream: [RecordedEvent]) throws -> ExtractorIdentity? {
        for recorded in stream.reversed() where recorded.type == .extractionSuperseded {
            if case .extractionSuperseded(let event) = try recorded.decoded() { return event.current }
        }
        return nil
    }
}
