public import Hummingbird
public import StanceLogCore

/// A request the server refuses, answered as JSON with the CLI's code, message and hint.
///
/// Every error a route throws becomes one of these (``ErrorMiddleware``), so a client
/// always gets `{"code": …, "message": …, "hint": …}` and a status that says what kind
/// of failure it was: 400 bad input, 401/403 not allowed, 404 unknown id, 409 a
/// conflicting write, 413 too large, 503 the log is busy.
public struct APIError: Error, Sendable, CustomStringConvertible {
    public let status: HTTPResponse.Status
    /// A stable category: a ``StanceLogError/Code`` raw value, or `unauthorized`, `forbidden`, `methodNotAllowed`,
    /// `tooLarge`, `internal`.
    public let code: String
    public let message: String
    public let hint: String?
    /// The methods the path takes, sent as `Allow` with a 405.
    public let allow: String?

    public init(_ status: HTTPResponse.Status, code: String, _ message: String, hint: String? = nil, allow: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.hint = hint
        self.allow = allow
    }

    /// The CLI's error with the status its code stands for.
    public init(_ error: StanceLogError) {
        self.init(Self.status(for: error.code), code: error.code.rawValue, error.message, hint: error.hint)
    }

    public var description: String { "\(status.code) \(code): \(message)" }

    /// The HTTP status for each code of ``StanceLogError``.
    static func status(for code: StanceLogError.Code) -> HTTPResponse.Status {
        switch code {
        case .invalidInput, .missingDate, .unreadableFile, .invalidCodebook: .badRequest
        case .notFound: .notFound
        case .wrongExpectedVersion, .duplicate, .storeNotEmpty: .conflict
        case .storage: .serviceUnavailable
        case .corruptEvent, .chainBroken, .newerVersion, .notALog, .writeFailed: .internalServerError
        }
    }
}
