import Hummingbird
import Logging
import NIOCore
import StanceLogCore

/// Turns whatever a route throws into an ``APIError``, so every failure is JSON with a fitting status.
///
/// A ``StanceLogError`` keeps its code, message and hint; Hummingbird's own errors (an
/// unknown route, a body over the limit) get the matching code; anything else is a 500
/// whose details go to the server's log, not to the client.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            throw Self.apiError(for: error, request: request, logger: context.logger)
        }
    }

    static func apiError(for error: any Error, request: Request, logger: Logger) -> APIError {
        switch error {
        case let error as APIError: return error
        case let error as StanceLogError: return APIError(error)
        case is NIOTooManyBytesError: return .tooLarge
        case let error as HTTPError where error.status == .notFound:
            let allowed = RouteTable.methods(for: request.uri.path)
            guard allowed.isEmpty else {
                return APIError(
                    .methodNotAllowed, code: "methodNotAllowed",
                    "\(request.uri.path) does not take \(request.method); it takes \(allowed.joined(separator: ", "))",
                    hint: "see /api/v1/openapi.yaml for the endpoints", allow: allowed.joined(separator: ", "))
            }
            return APIError(.notFound, code: "notFound", "no such resource: \(request.method) \(request.uri.path)",
                hint: "see /api/v1/openapi.yaml for the endpoints")
        case let error as HTTPError:
            return APIError(error.status, code: error.status.code < 500 ? "invalidInput" : "internal",
                error.body ?? error.status.reasonPhrase)
        default:
            logger.error("\(request.method) \(request.uri.path) failed: \(String(describing: error))")
            return APIError(.internalServerError, code: "internal", "the server failed to answer \(request.method) \(request.uri.path)",
                hint: "the server's log says why; try again, and report it if it persists")
        }
    }
}

extension APIError {
    /// A request body over the 8 MB an article may have.
    static let tooLarge = APIError(
        .contentTooLarge, code: "tooLarge", "the request body is larger than the 8 MB an article may have",
        hint: "send one article per request; split longer texts into their articles")
}
