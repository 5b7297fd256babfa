public import Hummingbird
public import Logging
public import NIOCore
public import ServiceLifecycle

/// The HTTP server of `stancelog serve`: its routes, limits and timeouts.
///
/// Routes: the JSON API under `/api/v1` (``QueryRoutes``, ``LogRoutes``, ``WriteRoutes``,
/// ``StreamRoute``, the OpenAPI document) and the live view at `/`. No route reads a
/// file other than the log; there is no static file serving.
public enum APIServer {
    /// The time an idle connection stays open.
    public static let idleTimeout: TimeAmount = .seconds(30)

    /// The router with every route, errors answered as JSON (``APIError``).
    public static func router(service: LogService, stream: StreamSettings = StreamSettings()) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ErrorMiddleware())
        QueryRoutes(service: service).add(to: router)
        LogRoutes(service: service).add(to: router)
        WriteRoutes(service: service).add(to: router)
        StreamRoute(service: service, settings: stream).add(to: router)
        OpenAPIRoute().add(to: router)
        LiveViewRoutes(service: service).add(to: router)
        return router
    }

    /// Serves ``router(service:stream:)`` at `address` until SIGINT or SIGTERM, then shuts down gracefully.
    ///
    /// - Parameters:
    ///   - services: run beside the server and stopped with it (the team log's follower).
    ///   - onRunning: called with the bound port once the server listens (useful with port 0).
    /// - Throws: when the address cannot be bound (in use, not this machine's).
    public static func run(
        service: LogService, address: ListenAddress, services: [any Service] = [], logger: Logger,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        try await Application(
            router: router(service: service),
            server: .http1(configuration: .init(idleTimeout: idleTimeout)),
            configuration: ApplicationConfiguration(address: .hostname(address.host, port: address.port), serverName: "stancelog"),
            services: services,
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? address.port) },
            logger: logger
        ).runService()
    }
}
