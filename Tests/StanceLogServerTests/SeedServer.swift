import Foundation
import Hummingbird
import HummingbirdTesting
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest
import StanceLogSQLite
import StanceLogServer
import StanceLogTesting
import StanceLogTimeline
import Testing

/// A server over a fresh log of the five seed articles, driven through HummingbirdTesting's router client.
struct SeedServer {
    static let token = "alice-token-0123456789abcdef"
    static let tokens = "# analysts\nalice \(token)\nbob bob-token-0123456789abcdef\n"

    let database: LogDatabase
    let log: ServerLog

    /// - Parameter writer: where writes go instead of the log (a store that refuses, for error statuses).
    init(writer: (any EventStore)? = nil) async throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("log.sqlite").path
        database = try LogDatabase(path: path)
        let inputs = try InputCollector().gather([Fixtures.seedsDirectory.path]).inputs
        try await Ingestor(
            store: database.store, preparer: ArticlePreparer(extractor: RuleBasedExtractor(codebook: try Codebook.bundled()))
        ).ingest(inputs)
        log = ServerLog(database: database, writer: writer)
    }

    /// Runs `test` against the router, writes allowed to the seed tokens unless `readOnly` or `tokens` is nil.
    func test(
        readOnly: Bool = false, tokens: String? = SeedServer.tokens,
        _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let access = WriteAccess(readOnly: readOnly, tokens: try tokens.map { try TokenFile(contents: $0, name: "tokens") })
        let service = LogService(log: log, codebook: try Codebook.bundled(), access: access)
        let app = Application(router: APIServer.router(service: service, stream: StreamSettings(interval: .milliseconds(10))))
        try await app.test(.router) { client in try await test(client) }
    }

    /// The outlet of ``postHostileArticle(_:appending:)``: markup that must never reach a page unescaped.
    static let hostileOutlet = "<script>alert(1)</script>"

    /// Ingests the second seed with `extra` appended, the outlet ``hostileOutlet`` and the URL `javascript:alert(2)`.
    func postHostileArticle(_ client: any TestClientProtocol, appending extra: String) async throws {
        let text = try String(contentsOf: Fixtures.seedsDirectory.appendingPathComponent("002_ab075a59fcf8eea7.txt"), encoding: .utf8)
            + extra
        let outlet = Self.hostileOutlet.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let write = try await client.execute(
            uri: "/api/v1/articles?date=2025-04-01&outlet=\(outlet)&url=javascript:alert(2)", method: .post, headers: .bearer(),
            body: ByteBuffer(string: text))
        #expect(write.status == .created, "\(write.text)")
    }

    /// The queries over the same log, for the answers the CLI would give.
    func queries() async throws -> any StanceQuerying {
        try await log.queries()
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body parsed as JSON.
    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// The `code` of a JSON error body.
    var errorCode: String? { (try? json() as? [String: Any])?["code"] as? String }
}

extension HTTPFields {
    /// `Authorization: Bearer TOKEN`.
    static func bearer(_ token: String = SeedServer.token) -> HTTPFields {
        [.authorization: "Bearer \(token)", .contentType: "application/json"]
    }
}
