import Hummingbird

/// Who may write: nobody with `--read-only` or without `--tokens`, else the holder of a token in the file.
public struct WriteAccess: Sendable {
    let readOnly: Bool
    let tokens: TokenFile?

    /// - Parameters:
    ///   - readOnly: refuse every write (`--read-only`).
    ///   - tokens: the tokens allowed to write; nil refuses every write.
    public init(readOnly: Bool, tokens: TokenFile?) {
        self.readOnly = readOnly
        self.tokens = tokens
    }

    /// The name of the person the request's bearer token belongs to.
    ///
    /// - Throws: ``APIError`` 403 when the server takes no writes, 401 when the token is missing or unknown.
    func user(of request: Request) throws -> String {
        guard !readOnly else {
            throw APIError(
                .forbidden, code: "forbidden", "this server is read-only (--read-only): it takes no writes",
                hint: "write through a server started without --read-only, or with the CLI")
        }
        guard let tokens else {
            throw APIError(
                .forbidden, code: "forbidden", "this server was started without --tokens, so it takes no writes",
                hint: "start it with --tokens FILE, one `name token` per line")
        }
        guard let header = request.headers[.authorization] else {
            throw APIError(
                .unauthorized, code: "unauthorized", "a write needs a bearer token",
                hint: "send the header `Authorization: Bearer TOKEN` with a token from the server's tokens file")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", let user = tokens.user(for: parts[1]) else {
            throw APIError(
                .unauthorized, code: "unauthorized", "the bearer token is not one of the server's tokens",
                hint: "ask whoever runs the server for a token")
        }
        return user
    }
}
