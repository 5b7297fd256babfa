import StanceLogCore
import StanceLogSQLite
import StanceLogTimeline
import Testing

/// The by-id lookups that name an answer's sources read single rows and answer as the whole catalog does.
@Suite struct SourceLookupTests {
    @Test(arguments: [UInt64(5), 23])
    func aLookupByIDIsTheCatalogsEntryAtEveryAsOf(seed: UInt64) async throws {
        let test = try TestLog()
        for group in RandomLog(seed: seed, operations: 90).groups { try await test.append(group) }
        try await test.engine.catchUp()
        let head = try await test.queries.sequence(at: .sequence(.max))
        let unknown = try #require(ArticleID(rawValue: String(repeating: "f", count: 64)))
        let everArticles = try await test.queries.articles(asOf: nil)
        #expect(everArticles.count > 3)
        for asOf: AsOf? in [nil, .sequence(1), .sequence(head / 3), .sequence(head / 2), .sequence(head - 1)] {
            let catalog = try await test.queries.articles(asOf: asOf)
            for article in everArticles {
                let expected = catalog.first { $0.id == article.id }
                #expect(try await test.queries.article(article.id, asOf: asOf) == expected, "\(article.id) as of \(String(describing: asOf))")
            }
            #expect(try await test.queries.article(unknown, asOf: asOf) == nil)
            let sources = try await test.queries.sources(of: Set(everArticles.map(\.id) + [unknown]), asOf: asOf)
            #expect(Set(sources) == Set(catalog.map(\.source)), "as of \(String(describing: asOf))")
            #expect(try await test.queries.sources(of: [], asOf: asOf).isEmpty)
        }
    }
}
