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
