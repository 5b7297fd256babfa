public import Hummingbird
import StanceLogAPI

extension APIError: HTTPResponseError {
    /// The JSON body `{"code", "message", "hint"}`; a 401 also names the scheme in `WWW-Authenticate`.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONResponse.make(ErrorBody(code: code, message: message, hint: hint), status: status)
        if status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer realm=\"stancelog\"" }
        if let allow { response.headers[.allow] = allow }
        return response
    }

    /// The error's JSON shape.
    struct ErrorBody: Encodable {
        let code: String
        let message: String
        let hint: String?

        private enum CodingKeys: String, CodingKey { case code, message, hint }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)
        }
    }
}
