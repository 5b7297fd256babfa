import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import StanceLogSQLite
import StanceLogServer
import StanceLogTesting
import Testing

/// The stream (`id: <seq>`, resuming from `Last-Event-ID`) and the live view at `/`, escaped and working without script.
@Suite struct StreamAndViewTests {
    @Test func theStreamSendsTheHeadWithItsSequenceAsID() async throws {
        let server = try await SeedServer()
        let last = try await server.database.store.lastPosition()
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v1/stream?max=1", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/event-stream; charset=utf-8")
            #expect(response.text.contains("id: \(last)\nevent: head\ndata: {\"hash\":\""))
            #expect(response.text.hasSuffix("\"sequence\":\(last)}\n\n"))
        }
    }

    @Test func aResumingClientGetsTheEventsPastItsLastEventID() async throws {
        let server = try await SeedServer()
        let last = try await server.database.store.lastPosition()
        let lastEventID = try #require(HTTPField.Name("Last-Event-ID"))
        try await server.test { client in
            let behind = try await client.execute(
                uri: "/api/v1/stream?max=1", method: .get, headers: [lastEventID: String(last - 3)])
            #expect(behind.text.contains("id: \(last)\n"))
            let bad = try await client.execute(
                uri: "/api/v1/stream?max=1", method: .get, headers: [lastEventID: "soon"])
            #expect(bad.status == .badRequest)
        }
    }

    @Test func aStreamUpToDateWaitsForTheNextWrite() async throws {
        let server = try await SeedServer()
        let last = try await server.database.store.lastPosition()
        let text = try String(contentsOf: Fixtures.seedsDirectory.appendingPathComponent("001_04c4e64a074c13a2.txt"), encoding: .utf8)
            + "\nNachtrag.\n"
        try await server.test { client in
            async let streamed = client.execute(
                uri: "/api/v1/stream?max=1&last_event_id=\(last)", method: .get)
            try await Task.sleep(for: .milliseconds(200))
            let write = try await client.execute(
                uri: "/api/v1/articles?date=2025-05-05", method: .post, headers: .bearer(), body: ByteBuffer(string: text))
            #expect(write.status == .created)
            let response = try await streamed
            #expect(!response.text.contains("id: \(last)\n"))
            #expect(response.text.contains("event: head"))
        }
    }

    @Test func thePageIsTheReportWithTheFormAndTheLiveScript() async throws {
        let server = try await SeedServer()
        try await server.test { client in
            let page = try await client.execute(uri: "/?from=2025-01&party=US", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(page.text.contains("<form class=\"live\" method=\"get\" action=\"/\" data-head=\""))
            #expect(page.text.contains("<input name=\"from\" value=\"2025-01\""))
            #expect(page.text.contains("<input type=\"hidden\" name=\"party\" value=\"US\">"))
            #expect(page.text.contains("<script src=\"/live.js\"></script>"))
            #expect(page.text.contains("<svg"))
            #expect(!page.text.contains("default-src 'none'; style-src 'unsafe-inline'; base-uri"))
            let past = try await client.execute(uri: "/?as_of=5", method: .get)
            #expect(!past.text.contains("live.js"))
            let script = try await client.execute(uri: "/live.js", method: .get)
            #expect(script.text.contains("new EventSource('/api/v1/stream')"))
        }
    }

    @Test func everyValueOnThePageIsEscapedAndOnlyHTTPLinksAreLinks() async throws {
        let server = try await SeedServer()
        let outlet = SeedServer.hostileOutlet
        try await server.test { client in
            try await server.postHostileArticle(client, appending: "\nNachtrag.\n")
            let page = try await client.execute(uri: "/?from=\"><b>x</b>", method: .get)
            #expect(page.status == .badRequest)
            #expect(!page.text.contains("<b>x</b>"))
            #expect(page.text.contains("&quot;&gt;&lt;b&gt;x&lt;/b&gt;"))
            let view = try await client.execute(uri: "/", method: .get)
            #expect(view.status == .ok)
            #expect(view.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!view.text.contains(outlet))
            #expect(!view.text.contains("href=\"javascript:"))
        }
    }

    @Test func anEmptyLogShowsAPageThatSaysSo() async throws {
        let server = try await SeedServer()
        try await server.test { client in
            let page = try await client.execute(uri: "/?party=US&topic=nato_membership&to=2000", method: .get)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.text.contains("<form class=\"live\""))
        }
    }
}
