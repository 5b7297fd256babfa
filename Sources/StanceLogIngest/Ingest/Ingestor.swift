public import StanceLogCore

/// Appends articles and their extracted statements to the log.
///
/// All inputs are read, dated and extracted before anything is written, so a
/// bad file stops the whole call with the log unchanged. New articles land in
/// one transaction; articles already in the log add nothing.
public struct Ingestor: Sendable {
    public let store: any EventStore
    public let preparer: ArticlePreparer

    public init(store: any EventStore, preparer: ArticlePreparer) {
        self.store = store
        self.preparer = preparer
    }

    /// - Returns: one outcome per input, in input order.
    /// - Throws: the first input's ``StanceLogError``; nothing is written then.
    @discardableResult
    public func ingest(_ inputs: [ArticleInput], overrides: IngestOverrides = IngestOverrides()) async throws
        -> [IngestOutcome]
    {
        let prepared = try inputs.map { try preparer.prepare($0, overrides: overrides) }
        var outcomes: [IngestOutcome] = []
        var batches: [StreamAppend] = []
        var firstNames: [ArticleID: String] = [:]
        for article in prepared {
            let id = article.ingested.articleID
            if let firstName = firstNames[id] {
                outcomes.append(.repeatedInBatch(name: article.inputName, article: id, firstName: firstName))
                continue
            }
            firstNames[id] = article.inputName
            if try await store.streamVersion(.article(id)) > 0 {
                outcomes.append(.alreadyIngested(name: article.inputName, article: id))
                continue
            }
            batches.append(StreamAppend(stream: .article(id), expectedVersion: .noStream, events: article.events))
            outcomes.append(.added(name: article.inputName, article: id, statements: article.statements.count))
        }
        if !batches.isEmpty { try await store.append(batches) }
        return outcomes
    }
}
