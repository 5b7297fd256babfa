import Foundation
import Hummingbird
import HummingbirdTesting
import StanceLogAPI
import StanceLogCore
import StanceLogSQLite
import StanceLogServer
import StanceLogTimeline
import Testing

/// The GET endpoints on the seeds: the CLI's JSON, byte for byte, and JSON errors with the right status.
@Suite struct ReadRouteTests {
    @Test func stateIsTheCLIsJSONForTheSameQuery() async throws {
        let server = try await SeedServer()
        let queries = try await server.queries()
        let date = try #require(PartialDate("2025-12-31"))
        let sources = ArticleSources(try await queries.articles().map(\.source))
        let expected = try QueryJSON.encode(try await queries.state(at: date).map { CellOutput($0, sources: sources) }) + "\n"
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v1/state?at=2025-12-31", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            #expect(response.text == expected)
            #expect(((try response.json()) as? [Any])?.isEmpty == false)
        }
    }

    @Test func timelineFiltersByPartyInAnyCaseAndWindow() async throws {
        let server = try await SeedServer()
        let queries = try await server.queries()
        let sources = ArticleSources(try await queries.articles().map(\.source))
        let points = try await queries.timeline(filter: StanceFilter(parties: ["US"]), asOf: nil)
            .filter { $0.date.endDay >= 20_250_101 }
        let expected = try QueryJSON.encode(points.map { SourcedOutput($0, sources: sources) }) + "\n"
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v1/timeline?party=us&from=2025", method: .get)
            #expect(response.status == .ok)
            #expect(response.text == expected)
        }
    }

    @Test func diffIsTheCLIsJSONAndNeedsBothDates() async throws {
        let server = try await SeedServer()
        let queries = try await server.queries()
        let sources = ArticleSources(try await queries.articles().map(\.source))
        let from = try #require(PartialDate("2025-01")), to = try #require(PartialDate("2025-12"))
        let rows = try await queries.diff(from: from, to: to).filter(\.changed)
        let expected = try QueryJSON.encode(rows.map { DiffRowOutput(row: $0, sources: sources) }) + "\n"
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v1/diff?from=2025-01&to=2025-12&changed_only=true", method: .get)
            #expect(response.text == expected)
            let missing = try await client.execute(uri: "/api/v1/diff?from=2025-01", method: .get)
            #expect(missing.status == .badRequest)
            #expect(missing.errorCode == "invalidInput")
            let reversed = try await client.execute(uri: "/api/v1/diff?from=2025-12&to=2025-01", method: .get)
            #expect(reversed.status == .badRequest)
        }
    }

    @Test(arguments: [
        "/api/v1/state?at=2025-02-30", "/api/v1/state?party=Atlantis", "/api/v1/timeline?as_of=yesterday",
        "/api/v1/timeline?every_point=perhaps", "/api/v1/events?limit=5000", "/api/v1/events?from_seq=0",
        "/api/v1/articles/6ed1", "/api/v1/timeline?from=2025-12&to=2025-01",
    ])
    func badParametersAre400WithTheCLIsMessage(uri: String) async throws {
        let server = try await SeedServer()
        try await server.test { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .badRequest, "\(uri): \(response.text)")
            let body = try #require(try response.json() as? [String: Any])
            #expect(body["code"] as? String == "invalidInput")
            #expect((body["message"] as? String)?.isEmpty == false)
            #expect(body.keys.sorted() == ["code", "hint", "message"])
        }
    }

    @Test func aBadDateSaysWhyAsTheCLIDoes() async throws {
        let server = try await SeedServer()
        try await server.test { client in
            let body = try #require(
                try await client.execute(uri: "/api/v1/state?at=2025-02-30", method: .get).json() as? [String: Any])
            #expect(body["message"] as? String == "at: 2025-02 has 28 days, not 30")
        }
    }

    @Test func articlesListTheSeedsAndOneIsFoundByItsPrefix() async throws {
        let server = try await SeedServer()
        try await server.test { client in
            let list = try #require(try await client.execute(uri: "/api/v1/articles", method: .get).json() as? [[String: Any]])
            #expect(list.count == 5)
            let id = try #require(list.first?["id"] as? String)
            let one = try await client.execute(uri: "/api/v1/articles/\(id.prefix(8))", method: .get)
            #expect(one.status == .ok)
            #expect((try one.json() as? [String: Any])?["id"] as? String == id)
            let unknown = try await client.execute(uri: "/api/v1/articles/ffffffffffff", method: .get)
            #expect(unknown.status == .notFound)
            #expect(unknown.errorCode == "notFound")
        }
    }

    @Test func aStatementComesWithItsHistoryAndAnUnknownOneIs404() async throws {
        let server = try await SeedServer()
        let statement = try #require(try await server.queries().timeline().first?.statementID)
        try await server.test { client in
            let history = try #require(
                try await client.execute(uri: "/api/v1/statements/\(statement)", method: .get).json() as? [[String: Any]])
            #expect(history.first?["type"] as? String == "PositionStated")
            let unknown = try await client.execute(uri: "/api/v1/statements/st-ffffffffffffffff", method: .get)
            #expect(unknown.status == .notFound)
        }
    }

    @Test func eventsPageThroughTheLogAndHeadNamesItsEnd() async throws {
        let server = try await SeedServer()
        let last = try await server.database.store.lastPosition()
        try await server.test { client in
            let page = try #require(try await client.execute(uri: "/api/v1/events?from_seq=2&limit=3", method: .get).json() as? [[String: Any]])
            #expect(page.map { $0["seq"] as? Int } == [2, 3, 4])
            let head = try #require(try await client.execute(uri: "/api/v1/head", method: .get).json() as? [String: Any])
            #expect(head["sequence"] as? Int == Int(last))
            #expect((head["hash"] as? String)?.count == 64)
        }
    }

    @Test func anUnknownPathIsJSON404() async throws {
        let server = try await SeedServer()
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v2/state", method: .get)
            #expect(response.status == .notFound)
            #expect(response.errorCode == "notFound")
        }
    }

    @Test func theOpenAPIDocumentIsServed() async throws {
        let server = try await SeedServer()
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v1/openapi.yaml", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.hasPrefix("openapi: 3.1.0\n"))
            for path in ["/api/v1/state:", "/api/v1/timeline:", "/api/v1/diff:", "/api/v1/articles/{id}:", "/api/v1/head:"] {
                #expect(response.text.contains(path))
            }
        }
    }
}

/// Each known path refuses the methods it does not take with 405 and `Allow`.
@Suite struct MethodTests {
    @Test(arguments: [
        ("/api/v1/state", HTTPRequest.Method.post, "GET"), ("/api/v1/head", .delete, "GET"),
        ("/api/v1/statements", .get, "POST"), ("/api/v1/articles", .put, "GET, POST"),
        ("/api/v1/statements/st-0123456789abcdef/retraction", .get, "POST"),
    ])
    func anUndeclaredMethodIs405WithAllow(path: String, method: HTTPRequest.Method, allow: String) async throws {
        let server = try await SeedServer()
        try await server.test { client in
            let response = try await client.execute(uri: path, method: method)
            #expect(response.status == .methodNotAllowed, "\(method) \(path): \(response.text)")
            #expect(response.headers[.allow] == allow)
            #expect(response.errorCode == "methodNotAllowed")
        }
    }
}
