public import StanceLogCore

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
    }

    /// Re-extracts every article in the log, in one transaction.
    public func reextractAll() async throws -> [Outcome] {
        let articles = try await store.read(EventQuery(types: [.articleIngested]))
        var outcomes: [Outcome] = []
        var batches: [StreamAppend] = []
        let current = extractor.identity
        for recorded in articles {
            guard case .articleIngested(let article) = try recorded.decoded() else { continue }
            let stream = try await store.readStream(recorded.stream)
            let previous = try Self.latestExtraction(in: stream) ?? article.extractor
            guard let previous, previous != current else {
                outcomes.append(Outcome(article: article.articleID, previous: nil, statements: 0))
                continue
            }
            guard let text = NormalizedText(article.text) else { continue }
            let statements = extractor.extract(from: text).map {
                PositionStated.extracted($0, article: article.articleID, published: article.published, extractor: current)
            }
            let events =
                statements.map(DomainEvent.positionStated)
                + [
                    .extractionSuperseded(
                        ExtractionSuperseded(
                            articleID: article.articleID, previous: previous, current: current,
                            statementCount: statements.count))
                ]
            batches.append(
                StreamAppend(
                    stream: recorded.stream, expectedVersion: .exactly(stream.last?.streamVersion ?? 0),
                    events: events))
            outcomes.append(Outcome(article: article.articleID, previous: previous, statements: statements.count))
        }
        if !batches.isEmpty { try await store.append(batches) }
        return outcomes
    }

    private static func latestExtraction(in stream: [RecordedEvent]) throws -> ExtractorIdentity? {
        for recorded in stream.reversed() where recorded.type == .extractionSuperseded {
            if case .extractionSuperseded(let event) = try recorded.decoded() { return event.current }
        }
        return nil
    }
}
