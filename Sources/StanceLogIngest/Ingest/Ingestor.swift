public import StanceLogCore

/// Appends articles and their extracted statements to the log.
///
/// All inputs are read, dated and extracted before anything is written, so a
/// bad file stops the whole call with the log unchanged. New articles are then
/// appended in transactions of ``articlesPerTransaction``, each article whole:
/// an ingest stopped half-way (killed, power cut) keeps the transactions it
/// committed, and running it again adds only the rest. Articles already in the
/// log add nothing, including one that another process appended between this
/// ingest's check and its write, and one that differs from a stored article
/// only as ``ContentKey`` folds (spacing, zero-width characters, quotation
/// marks). Finding those reads the `ArticleIngested` events of the log once
/// per call, and only when some input is not in the log by its exact id.
public struct Ingestor: Sendable {
    /// The number of new articles appended per transaction, unless the caller chose another.
    public static let defaultArticlesPerTransaction = 50

    public let store: any EventStore
    public let preparer: ArticlePreparer
    /// How many new articles one transaction appends; an interruption loses at most this many.
    public let articlesPerTransaction: Int
    /// How many inputs are read and extracted at once (``ArticlePreparer/prepareAll(_:overrides:jobs:progress:)``);
    /// the events appended do not depend on it.
    public let jobs: Int

    /// - Parameters:
    ///   - store: the log to append to.
    ///   - preparer: reads, dates and extracts each input.
    ///   - articlesPerTransaction: new articles per write transaction (at least 1).
    ///   - jobs: inputs extracted at once (at least 1); one per core by default.
    public init(
        store: any EventStore, preparer: ArticlePreparer,
        articlesPerTransaction: Int = Ingestor.defaultArticlesPerTransaction, jobs: Int = ArticlePreparer.defaultJobs
    ) {
        self.store = store
        self.preparer = preparer
        self.articlesPerTransaction = max(1, articlesPerTransaction)
        self.jobs = max(1, jobs)
    }

    /// - Parameter progress: called after each input is read and after each transaction, for a progress display.
    /// - Returns: one outcome per input, in input order.
    /// - Throws: the first input's ``StanceLogError``; nothing is written then. A storage
    ///   error while writing leaves the transactions committed before it.
    @discardableResult
    public func ingest(
        _ inputs: [ArticleInput], overrides: IngestOverrides = IngestOverrides(),
        progress: (@Sendable (IngestProgress) -> Void)? = nil
    ) async throws -> [IngestOutcome] {
        let prepared = try await preparer.prepareAll(inputs, overrides: overrides, jobs: jobs) { done in
            progress?(.read(done, of: inputs.count))
        }
        var outcomes: [IngestOutcome] = []
        var pending: [Int] = []
        var firstInBatch: [ContentKey: (name: String, article: ArticleID)] = [:]
        var logKeys: [ContentKey: StoredArticle]?
        for (index, article) in prepared.enumerated() {
            let id = article.ingested.articleID
            let key = ContentKey(of: article.ingested.text)
            if let first = firstInBatch[key] {
                outcomes.append(.repeatedInBatch(name: article.inputName, article: first.article, firstName: first.name))
                continue
            }
            firstInBatch[key] = (article.inputName, id)
            if let stored = try await StoredArticle.read(id, from: store) {
                let differences = stored.differences(from: article.ingested)
                outcomes.append(
                    differences.isEmpty
                        ? .alreadyIngested(name: article.inputName, article: id)
                        : .alreadyIngestedWithDifferences(name: article.inputName, article: id, differences: differences))
                continue
            }
            if logKeys == nil { logKeys = try await StoredArticle.contentKeys(in: store) }
            if let stored = logKeys?[key] {
                outcomes.append(
                    .alreadyIngestedWithDifferences(
                        name: article.inputName, article: stored.id,
                        differences: ["the text differs only in spacing, invisible characters or quotation marks"]
                            + stored.differences(from: article.ingested)))
                continue
            }
            pending.append(index)
            outcomes.append(.added(name: article.inputName, article: id, statements: article.statements.count))
        }
        for start in stride(from: 0, to: pending.count, by: articlesPerTransaction) {
            let chunk = Array(pending[start..<min(start + articlesPerTransaction, pending.count)])
            for index in try await append(chunk.map { prepared[$0] }) {
                let article = prepared[chunk[index]]
                outcomes[chunk[index]] = .alreadyIngested(name: article.inputName, article: article.ingested.articleID)
            }
            progress?(.written(start + chunk.count, of: pending.count))
        }
        return outcomes
    }

    /// Appends `articles` in one transaction, leaving out those another writer appended meanwhile.
    ///
    /// - Returns: the positions in `articles` of the ones found already in the log.
    private func append(_ articles: [PreparedArticle]) async throws -> [Int] {
        var remaining = Array(articles.indices)
        var present: [Int] = []
        while !remaining.isEmpty {
            do {
                try await store.append(
                    remaining.map {
                        StreamAppend(
                            stream: .article(articles[$0].ingested.articleID), expectedVersion: .noStream,
                            events: articles[$0].events)
                    })
                return present
            } catch let error as StanceLogError where error.code == .wrongExpectedVersion {
                var stillNew: [Int] = []
                for index in remaining {
                    if try await store.streamVersion(.article(articles[index].ingested.articleID)) > 0 {
                        present.append(index)
                    } else {
                        stillNew.append(index)
                    }
                }
                guard stillNew.count < remaining.count else { throw error }
                remaining = stillNew
            }
        }
        return present
    }
}
