import Foundation
import Hummingbird
import HummingbirdTesting
import StanceLogCore
import StanceLogReport
import StanceLogServer
import StanceLogTesting
import StanceLogTimeline
import Testing

/// The live view's links from every point to its statement and article, and the pages they lead to.
@Suite struct ViewPageTests {
    @Test func everyPointOfTheViewLinksToItsStatementKeepingTheWindow() async throws {
        let server = try await SeedServer()
        let point = try #require(try await server.queries().timeline(filter: StanceFilter(parties: ["US"]), asOf: nil).last)
        try await server.test { client in
            let page = try await client.execute(uri: "/?party=US", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("<a href=\"/statements/\(point.statementID.rawValue)?party=US\"><g class=\"statement"))
            #expect(page.text.contains("<a href=\"/articles/\(point.article.rawValue)?party=US\">article</a>"))
            #expect(!page.text.contains("href=\"#article-"))
        }
    }

    @Test func aStatementPageShowsItsEvidenceMarkedItsOriginAndHistoryAndLinksToItsArticle() async throws {
        let server = try await SeedServer()
        let point = try #require(try await server.queries().timeline().first)
        let prefix = String(point.statementID.rawValue.dropFirst(3).prefix(10))
        try await server.test { client in
            let page = try await client.execute(uri: "/statements/\(prefix)?from=2025-01&to=2025-12", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            let firstSentence = try #require(point.evidence.components(separatedBy: " … ").first)
            #expect(page.text.contains("<mark>\(HTMLText.escape(firstSentence))</mark>"))
            #expect(page.text.contains("<a href=\"/articles/\(point.article.rawValue)?from=2025-01&amp;to=2025-12\">"))
            #expect(page.text.contains("<a href=\"/?from=2025-01&amp;to=2025-12\">← Back to the view</a>"))
            #expect(page.text.contains("<dt>Origin</dt><dd>extracted by "))
            #expect(page.text.contains("<td>PositionStated</td>"))
            #expect(!page.text.contains("<script"))
        }
    }

    @Test func anArticlePageShowsItsSourceAndStatementsEachLinkingToItsPage() async throws {
        let server = try await SeedServer()
        let queries = try await server.queries()
        let article = try #require(try await queries.articles().first { $0.statements > 0 })
        let point = try #require(try await queries.timeline(changesOnly: false).first { $0.article == article.id })
        try await server.test { client in
            let page = try await client.execute(uri: "/articles/\(article.id.rawValue.prefix(12))", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("<title>\(HTMLText.escape(article.title ?? "Article \(article.id.short)"))</title>"))
            #expect(page.text.contains("published \(article.published)"))
            #expect(page.text.contains("<a href=\"/statements/\(point.statementID.rawValue)\">"))
            #expect(page.text.contains("<mark>"))
            #expect(page.text.contains("<a href=\"/\">← Back to the view</a>"))
        }
    }

    @Test func anUnknownIDIsA404PageAndAMalformedOneA400Page() async throws {
        let server = try await SeedServer()
        try await server.test { client in
            for uri in ["/statements/st-00000000000", "/articles/0000000000000000"] {
                let page = try await client.execute(uri: uri, method: .get)
                #expect(page.status == .notFound, "\(uri)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                #expect(page.text.contains("<p class=\"message\">"))
            }
            let malformed = try await client.execute(uri: "/articles/%3Cb%3Ezz%3C%2Fb%3E", method: .get)
            #expect(malformed.status == .badRequest)
            #expect(!malformed.text.contains("<b>zz</b>"))
        }
    }

    @Test func anArticlePageEscapesEveryValueAndLinksOnlyHTTPURLs() async throws {
        let server = try await SeedServer()
        let outlet = SeedServer.hostileOutlet
        try await server.test { client in
            try await server.postHostileArticle(client, appending: "\n<img src=x onerror=alert(3)>\n")
            let id = try #require(try await server.queries().articles().first { $0.outlet == outlet }).id
            let page = try await client.execute(uri: "/articles/\(id.rawValue)", method: .get)
            #expect(page.status == .ok)
            #expect(!page.text.contains(outlet))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!page.text.contains("<img"))
            #expect(!page.text.contains("href=\"javascript:"))
            #expect(page.text.contains("<code>javascript:alert(2)</code>"))
        }
    }
}
