import Foundation
import Hummingbird
import HummingbirdTesting
import StanceLogServer
import Testing

/// A handler that runs past the request time limit is cancelled and answered `503 timeout` in JSON.
@Suite struct TimeoutTests {
    /// A router with the server's timeout middleware and a handler that would sleep for a minute.
    private func router(cancelled: Cancelled) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: TimeoutMiddleware(limit: .milliseconds(20)))
        router.get("slow") { _, _ -> String in
            do {
                try await Task.sleep(for: .seconds(60))
            } catch {
                await cancelled.mark()
                throw error
            }
            return "late"
        }
        return router
    }

    /// Whether the slow handler saw its cancellation.
    private actor Cancelled {
        var seen = false
        func mark() { seen = true }
    }

    @Test func aSlowHandlerIsCancelledAndAnswered503TimeoutInJSON() async throws {
        let cancelled = Cancelled()
        try await Application(router: router(cancelled: cancelled)).test(.router) { client in
            let response = try await client.execute(uri: "/slow", method: .get)
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let body = try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
            #expect(body["code"] as? String == "timeout")
            #expect((body["message"] as? String)?.contains("GET /slow ran longer than the server's limit") == true)
            #expect(body["hint"] is String)
        }
        // The answer can leave before the cancelled handler runs its catch: wait for it, at most 10 s.
        for _ in 0..<1000 where !(await cancelled.seen) { try await Task.sleep(for: .milliseconds(10)) }
        #expect(await cancelled.seen)
    }
}
