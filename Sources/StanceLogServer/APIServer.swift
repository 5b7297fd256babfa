public import Hummingbird
public import Logging
public import NIOCore
public import ServiceLifecycle

/// The HTTP server of `stancelog serve`: its routes, limits and timeouts.
///
/// Routes: the JSON API under `/api/v1` (``QueryRoutes``, ``LogRoutes``, ``WriteRoutes``,
/// ``StreamRoute``, the OpenAPI document) and the live view at `/` with its pages
/// for each statement and article (``ViewPageRoutes``). No route reads a
/// file other than the log; there is no static file serving.
public enum APIServer {
    /// The time an idle connection stays open.
    public static let idleTimeout: TimeAmount = .seconds(30)

    /// How long a handler may run before the request is answered `503 timeout` (`--request-timeout`).
    public static let requestTimeout: Duration = .seconds(30)

    /// The router with every route, errors answered as JSON (``APIError``), each handler cut off after `requestTimeout`.
    public static func router(
        service: LogService, stream: StreamSettings = StreamSettings(), requestTimeout: Duration = requestTimeout
    ) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: TimeoutMiddleware(limit: requestTimeout))
        QueryRoutes(service: service).add(to: router)
        LogRoutes(service: service).add(to: router)
        WriteRoutes(service: service).add(to: router)
        StreamRoute(service: service, settings: stream).add(to: router)
        OpenAPIRoute().add(to: router)
        LiveViewRoutes(service: service).add(to: router)
        ViewPageRoutes(service: service).add(to: router)
        return router
    }

    /// Serves ``router(service:stream:requestTimeout:)`` at `address` until SIGINT or SIGTERM, then shuts down gracefully.
    ///
    /// - Parameters:
    ///   - services: run beside the server and stopped with it (the team log's follower).
    ///   - requestTimeout: how long a handler may run before its request is answered `503 timeout`.
    ///   - onRunning: called with the bound port once the server listens (useful with port 0).
    /// - Throws: when the address cannot be bound (in use, not this machine's).
    public static func run(
        service: LogService, address: ListenAddress, services: [any Service] = [], requestTimeout: Duration = requestTimeout,
        logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        try await Application(
            router: router(service: service, requestTimeout: requestTimeout),
            server: .http1(configuration: .init(idleTimeout: idleTimeout)),
            configuration: ApplicationConfiguration(address: .hostname(address.host, port: address.port), serverName: "stancelog"),
            services: services,
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? address.port) },
            logger: logger
        ).runService()
    }
}
