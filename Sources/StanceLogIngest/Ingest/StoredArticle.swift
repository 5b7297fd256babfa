import StanceLogCore

/// What duplicate detection needs of an article already in the log: its id and the metadata it was stored with.
struct StoredArticle: Sendable {
    let id: ArticleID
    let published: PartialDate
    let outlet: String?
    let url: String?

    init(_ ingested: ArticleIngested) {
        id = ingested.articleID
        published = ingested.published
        outlet = ingested.outlet
        url = ingested.url
    }

    /// The stored article with this exact id, or nil when the log has none.
    static func read(_ id: ArticleID, from store: any EventStore) async throws -> StoredArticle? {
        let first = try await store.readStream(.article(id)).first
        guard let first, case .articleIngested(let ingested) = try first.decoded() else { return nil }
        return StoredArticle(ingested)
    }

    /// Every stored article by the ``ContentKey`` of its text, read a page of `pageSize` articles at a time.
    static func contentKeys(in store: any EventStore, pageSize: Int = 500) async throws -> [ContentKey: StoredArticle] {
        var keys: [ContentKey: StoredArticle] = [:]
        var next: Int64 = 1
        while true {
            let page = try await store.read(EventQuery(fromSequence: next, limit: pageSize, types: [.articleIngested]))
            guard let last = page.last else { return keys }
            next = last.sequence + 1
            for recorded in page {
                guard case .articleIngested(let ingested) = try recorded.decoded() else { continue }
                keys[ContentKey(of: ingested.text)] = keys[ContentKey(of: ingested.text)] ?? StoredArticle(ingested)
            }
        }
    }

    /// How `offered` differs from this article in date, outlet and URL, in words; empty when it does not.
    func differences(from offered: ArticleIngested) -> [String] {
        var differences: [String] = []
        if offered.published != published { differences.append("date \(published) in the log, \(offered.published) offered") }
        if offered.outlet != outlet {
            differences.append("outlet \(outlet.map { "'\($0)'" } ?? "none") in the log, \(offered.outlet.map { "'\($0)'" } ?? "none") offered")
        }
        if offered.url != url {
            differences.append("URL \(url ?? "none") in the log, \(offered.url ?? "none") offered")
        }
        return differences
    }
}
