package import Hummingbird

/// Answers `503 timeout` when a route's handler runs longer than `limit`, and cancels the handler.
///
/// The handler runs in a child task raced against a timer; when the timer wins, the
/// handler is cancelled (the log's queries and sleeps stop at their next cancellation
/// check) and the client gets the JSON error. The limit covers producing the response,
/// not sending its body, so `/api/v1/stream` keeps streaming after its handler returned.
package struct TimeoutMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The longest a handler may run.
    package let limit: Duration

    package init(limit: Duration) {
        self.limit = limit
    }

    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        try await withoutActuallyEscaping(next) { next in
            let handler = UnsafeHandler(next: next)
            return try await withThrowingTaskGroup(of: Response?.self) { group in
                group.addTask { try await handler.next(request, context) }
                group.addTask {
                    try await Task.sleep(for: limit)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let response = first else {
                    throw APIError.timeout(limit, request: request)
                }
                return response
            }
        }
    }

    /// The next handler, carried into the child task: it runs inside this call (the group is awaited before
    /// `handle` returns), which Swift cannot see through `withoutActuallyEscaping`.
    private struct UnsafeHandler: @unchecked Sendable {
        let next: (Request, Context) async throws -> Response
    }
}

extension APIError {
    /// A request whose handler ran longer than the server's `--request-timeout`.
    static func timeout(_ limit: Duration, request: Request) -> APIError {
        APIError(
            .serviceUnavailable, code: "timeout",
            "\(request.method) \(request.uri.path) ran longer than the server's limit of \(limit) and was cancelled",
            hint: "narrow the query (party, topic, from/to, limit) or try again when the server is less busy")
    }
}
