import Foundation
import HTTPTypes
import Hummingbird
import ServiceLifecycle
import StanceLogCore

/// `GET /api/v1/stream`: server-sent events, one `head` event each time the log grows.
///
/// Each event is `id: <seq>`, `event: head` and `data: {"hash", "sequence"}`. Without a
/// `Last-Event-ID` header the current head comes first; with one (a browser resuming),
/// the next event comes as soon as the log is past that sequence, so nothing is missed
/// across a reconnect. The log is looked at every ``StreamSettings/interval``; a comment
/// line keeps quiet connections open. A stream ends after ``StreamSettings/lifetime``
/// (the browser reconnects with `Last-Event-ID`), so one whose client vanished unseen
/// does not run on, and at once when the server shuts down. `max=N` closes the stream
/// after N events (for scripts and tests).
struct StreamRoute {
    let service: LogService
    let settings: StreamSettings

    func add(to router: Router<some RequestContext>) {
        router.get("api/v1/stream") { request, _ in try stream(request) }
    }

    func stream(_ request: Request) throws -> Response {
        let parameters = QueryParameters(request)
        let max = try parameters.integer("max", in: 1...Int64.max)
        let resumeFrom = try Self.lastEventID(request, parameters)
        let log = service.log
        let settings = settings
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody { writer in
                var seen = resumeFrom
                var sent: Int64 = 0
                var quietPolls = 0
                let closing = ContinuousClock.now + settings.lifetime
                try await writer.write(ByteBuffer(string: "retry: \(settings.retryMilliseconds)\n\n"))
                while (max.map { sent < $0 } ?? true) && ContinuousClock.now < closing && !Task.isShuttingDownGracefully {
                    let head = try await log.head()
                    if head.events != seen {
                        try await writer.write(ByteBuffer(string: Self.event(head)))
                        seen = head.events
                        sent += 1
                        quietPolls = 0
                        continue
                    }
                    quietPolls += 1
                    if quietPolls >= settings.pollsPerHeartbeat {
                        try await writer.write(ByteBuffer(string: ": the log is at \(head.events)\n\n"))
                        quietPolls = 0
                    }
                    try? await cancelWhenGracefulShutdown { try await Task.sleep(for: settings.interval) }
                }
                try await writer.finish(nil)
            })
    }

    /// One `head` event.
    static func event(_ head: ExportTrailer) -> String {
        "id: \(head.events)\nevent: head\ndata: {\"hash\":\"\(head.hash)\",\"sequence\":\(head.events)}\n\n"
    }

    /// The sequence a resuming client saw last: the `Last-Event-ID` header, else `last_event_id`; nil for a new client.
    private static func lastEventID(_ request: Request, _ parameters: QueryParameters) throws -> Int64? {
        if let header = HTTPField.Name("Last-Event-ID").flatMap({ request.headers[$0] }) {
            guard let sequence = Int64(header.trimmingCharacters(in: .whitespaces)), sequence >= 0 else {
                throw StanceLogError(
                    .invalidInput, "Last-Event-ID '\(header)' is not a sequence number", hint: "send the id of the last event received")
            }
            return sequence
        }
        return try parameters.integer("last_event_id", in: 0...Int64.max)
    }
}

/// How often the stream looks at the log, and how often it says it is still there.
public struct StreamSettings: Sendable {
    /// The time between two looks at the log's head.
    public var interval: Duration
    /// How many quiet looks pass between two keep-alive comments.
    public var pollsPerHeartbeat: Int
    /// The reconnection delay the browser is told to use.
    public var retryMilliseconds: Int
    /// How long one stream stays open before the server ends it and the browser reconnects.
    public var lifetime: Duration

    public init(
        interval: Duration = .seconds(1), pollsPerHeartbeat: Int = 15, retryMilliseconds: Int = 3_000,
        lifetime: Duration = .seconds(300)
    ) {
        self.interval = interval
        self.pollsPerHeartbeat = pollsPerHeartbeat
        self.retryMilliseconds = retryMilliseconds
        self.lifetime = lifetime
    }
}
