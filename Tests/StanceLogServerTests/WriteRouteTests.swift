import Foundation
import Hummingbird
import HummingbirdTesting
import StanceLogCore
import StanceLogSQLite
import StanceLogServer
import StanceLogTesting
import StanceLogTimeline
import Testing

/// The analyst desk over HTTP: bearer tokens, the user recorded, and each refusal's status.
@Suite struct WriteRouteTests {
    static let evidence = "Bei dem jüngsten Treffen mit den ukrainischen Vertretern sei es darum gegangen"

    private func seedArticle(_ server: SeedServer) async throws -> String {
        try #require(try await server.queries().articles().first { $0.title?.contains("Washington drängt") == true }?.id.rawValue)
    }

    private func body(_ object: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(bytes: Array(try JSONSerialization.data(withJSONObject: object)))
    }

    @Test func appendCorrectAndRetractAreRecordedWithTheTokensUser() async throws {
        let server = try await SeedServer()
        let article = try await seedArticle(server)
        let statement: [String: Any] = [
            "article": String(article.prefix(8)), "party": "ua", "topic": "territory", "stance": 1,
            "evidence": Self.evidence,
        ]
        let appended = try body(statement)
        let correction = try body(["stance": 2, "reason": "the source says more"])
        let retraction = try body(["reason": "a duplicate"])
        try await server.test { client in
            let added = try await client.execute(uri: "/api/v1/statements", method: .post, headers: .bearer(), body: appended)
            #expect(added.status == .created, "\(added.text)")
            let answer = try #require(try added.json() as? [String: Any])
            #expect(answer["by"] as? String == "alice")
            #expect(answer["article"] as? String == article)
            let id = try #require(answer["statementId"] as? String)

            let corrected = try await client.execute(
                uri: "/api/v1/statements/\(id)/correction", method: .post, headers: .bearer("bob-token-0123456789abcdef"),
                body: correction)
            #expect(corrected.status == .ok, "\(corrected.text)")
            let retracted = try await client.execute(
                uri: "/api/v1/statements/\(id)/retraction", method: .post, headers: .bearer(), body: retraction)
            #expect(retracted.status == .ok, "\(retracted.text)")

            let history = try #require(
                try await client.execute(uri: "/api/v1/statements/\(id)", method: .get).json() as? [[String: Any]])
            #expect(history.map { $0["type"] as? String } == ["PositionStated", "StatementCorrected", "StatementRetracted"])
            #expect(history.compactMap { ($0["payload"] as? [String: Any])?["by"] as? String } == ["alice", "bob", "alice"])

            let again = try await client.execute(
                uri: "/api/v1/statements/\(id)/retraction", method: .post, headers: .bearer(), body: retraction)
            #expect(again.status == .notFound)
        }
    }

    @Test func ingestAddsAnArticleThenSaysItIsAlreadyThere() async throws {
        let server = try await SeedServer()
        let text = try String(contentsOf: Fixtures.seedsDirectory.appendingPathComponent("004_11b6c4ac3f0104d1.txt"), encoding: .utf8)
            + "\nNachtrag der Redaktion.\n"
        try await server.test { client in
            let uri = "/api/v1/articles?date=2025-03-01&outlet=Test&name=extra.txt"
            let first = try await client.execute(
                uri: uri, method: .post, headers: .bearer(), body: ByteBuffer(string: text))
            #expect(first.status == .created, "\(first.text)")
            #expect((try first.json() as? [String: Any])?["outcome"] as? String == "added")
            let second = try await client.execute(uri: uri, method: .post, headers: .bearer(), body: ByteBuffer(string: text))
            #expect(second.status == .ok)
            #expect((try second.json() as? [String: Any])?["outcome"] as? String == "alreadyIngested")
            let articles = try #require(try await client.execute(uri: "/api/v1/articles", method: .get).json() as? [Any])
            #expect(articles.count == 6)
        }
    }

    @Test func aBodyOverTheArticleLimitIs413() async throws {
        let server = try await SeedServer()
        let large = ByteBuffer(repeating: UInt8(ascii: "a"), count: 8_000_001)
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v1/articles?date=2025-01-01", method: .post, headers: .bearer(), body: large)
            #expect(response.status == .contentTooLarge)
            #expect(response.errorCode == "tooLarge")
        }
    }

    @Test func aWriteWithoutOrWithAWrongTokenIs401() async throws {
        let server = try await SeedServer()
        try await server.test { client in
            let missing = try await client.execute(uri: "/api/v1/statements", method: .post, body: ByteBuffer(string: "{}"))
            #expect(missing.status == .unauthorized)
            #expect(missing.headers[.wwwAuthenticate] == "Bearer realm=\"stancelog\"")
            let wrong = try await client.execute(
                uri: "/api/v1/statements", method: .post, headers: .bearer("alice-token-0123456789abcdeX"), body: ByteBuffer(string: "{}"))
            #expect(wrong.status == .unauthorized)
            #expect(!wrong.text.contains("alice-token"))
        }
    }

    @Test(arguments: [true, false])
    func aReadOnlyServerOrOneWithoutTokensRefusesWritesWith403(readOnly: Bool) async throws {
        let server = try await SeedServer()
        try await server.test(readOnly: readOnly, tokens: readOnly ? SeedServer.tokens : nil) { client in
            let response = try await client.execute(
                uri: "/api/v1/articles?date=2025-01-01", method: .post, headers: .bearer(), body: ByteBuffer(string: "Text."))
            #expect(response.status == .forbidden)
            #expect(response.errorCode == "forbidden")
        }
    }

    @Test func aBodyThatIsNotTheExpectedJSONIs400() async throws {
        let server = try await SeedServer()
        try await server.test { client in
            for body in ["not json", "{\"stance\": \"high\"}", "{\"party\": \"UA\"}", "{\"article\": \"6ed1e420\", \"party\": \"UA\", \"topic\": \"negotiations\", \"stance\": 7, \"evidence\": \"x\"}"] {
                let response = try await client.execute(
                    uri: "/api/v1/statements", method: .post, headers: .bearer(), body: ByteBuffer(string: body))
                #expect(response.status == .badRequest, "\(body): \(response.text)")
                #expect(response.errorCode == "invalidInput")
            }
        }
    }

    @Test(arguments: [
        (StanceLogError.Code.wrongExpectedVersion, HTTPResponse.Status.conflict),
        (StanceLogError.Code.storage, HTTPResponse.Status.serviceUnavailable),
    ])
    func aRefusedAppendHasItsStatus(code: StanceLogError.Code, status: HTTPResponse.Status) async throws {
        let seeds = try await SeedServer()
        let server = try await SeedServer(writer: RefusingStore(base: seeds.database.store, code: code))
        let article = try await seedArticle(server)
        let statement = try body([
            "article": article, "party": "UA", "topic": "territory", "stance": 1, "evidence": Self.evidence,
        ])
        try await server.test { client in
            let response = try await client.execute(uri: "/api/v1/statements", method: .post, headers: .bearer(), body: statement)
            #expect(response.status == status, "\(response.text)")
            #expect(response.errorCode == code.rawValue)
        }
    }
}

/// A store that reads from `base` and refuses every append with `code`, as a busy or contended log does.
struct RefusingStore: EventStore {
    let base: any EventStore
    let code: StanceLogError.Code

    func append(_ batches: [StreamAppend]) async throws -> [RecordedEvent] {
        throw StanceLogError(code, code == .storage ? "database is locked" : "the stream moved on", hint: "try again")
    }

    func read(_ query: EventQuery) async throws -> [RecordedEvent] { try await base.read(query) }
    func readStream(_ stream: StreamID) async throws -> [RecordedEvent] { try await base.readStream(stream) }
    func lastPosition() async throws -> Int64 { try await base.lastPosition() }
    func importRecorded(_ events: [RecordedEvent]) async throws { try await base.importRecorded(events) }
}
