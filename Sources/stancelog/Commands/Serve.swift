import ArgumentParser
import Foundation
import Logging
import StanceLogCore
import StanceLogServer

extension StanceLog {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the log over HTTP: a JSON API under /api/v1 and a live view at /.",
            discussion: """
                The API answers as the query commands' --format json, byte for byte (GET /api/v1/state, \
                timeline, diff, articles, articles/ID, statements/ID, events, head; /api/v1/openapi.yaml \
                describes them). /api/v1/stream sends an event each time the log grows, and the page at / \
                reloads itself on it. Writes (POST /api/v1/articles, statements, statements/ID/correction, \
                statements/ID/retraction) need `Authorization: Bearer TOKEN` with a token from --tokens FILE \
                (lines `name token`; the file must not be readable by others). The server binds loopback \
                unless --listen says otherwise. With a postgres:// --db it answers from the local mirror and \
                keeps it caught up (LISTEN/NOTIFY, and a poll every --poll seconds).
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions

        @Option(help: ArgumentHelp("Where to listen: HOST:PORT (port 0 picks a free one).", valueName: "host:port"))
        var listen: String = ListenAddress.loopback.description

        @Flag(name: .customLong("read-only"), help: "Refuse every write.")
        var readOnly = false

        @Option(help: ArgumentHelp("The bearer tokens allowed to write, one `name token` per line.", valueName: "file"))
        var tokens: String?

        @Option(help: "With a team log: seconds between two polls of the server when no notification came.")
        var poll: Int = 30

        @Option(name: .customLong("request-timeout"), help: "Seconds a request may take before it is answered 503 timeout and cancelled.")
        var requestTimeout: Int = 30

        func validate() throws {
            _ = try ListenAddress(parsing: listen)
            guard poll >= 1 else { throw ValidationError("--poll \(poll) must be at least 1 second") }
            guard requestTimeout >= 1 else {
                throw ValidationError("--request-timeout \(requestTimeout) must be at least 1 second")
            }
        }

        func run() async throws {
            LoggingSystem.bootstrap(StreamLogHandler.standardError)
            var logger = Logger(label: "stancelog.serve")
            logger.logLevel = .info
            let address = try ListenAddress(parsing: listen)
            let access = WriteAccess(readOnly: readOnly, tokens: try tokens.map { try TokenFile(path: $0) })
            let (log, follower) = try await openServerLog(logger: logger)
            let service = LogService(log: log, codebook: try codebook.load(), access: access)
            if !address.isLoopback {
                printError("warning: listening on \(address), reachable from other machines; writes are sent in clear text without TLS")
            }
            try await APIServer.run(
                service: service, address: address, services: follower.map { [$0] } ?? [],
                requestTimeout: .seconds(requestTimeout), logger: logger,
                onRunning: { port in
                    printError("stancelog serve: listening on http://\(address.host.contains(":") ? "[\(address.host)]" : address.host):\(port)/")
                })
        }

        /// The log to serve: the file (created when missing), or the mirror of a team log with its follower.
        private func openServerLog(logger: Logger) async throws -> (ServerLog, MirrorFollower?) {
            guard let url = try store.serverURL() else {
                return (ServerLog(database: try await store.openLog(create: !readOnly)), nil)
            }
            let database = try await store.openLog()
            let source = try await store.open()
            let log = ServerLog(database: database, mirroring: source)
            return (log, MirrorFollower(log: log, url: url, poll: .seconds(poll), logger: logger))
        }
    }
}
