public import StanceLogCore

/// `--listen HOST:PORT`: where the server binds; loopback (`127.0.0.1:8080`) unless told otherwise.
public struct ListenAddress: Hashable, Sendable, CustomStringConvertible {
    public let host: String
    public let port: Int

    /// The default: loopback only, so a server started without thinking is not reachable from the network.
    public static let loopback = ListenAddress(host: "127.0.0.1", port: 8080)

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`, `[IPv6]:PORT` or `:PORT` (loopback).
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` for a missing or out-of-range port.
    public init(parsing text: String) throws {
        let host: Substring
        let port: Substring
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            host = text[text.index(after: text.startIndex)..<close]
            port = text[text.index(after: close)...].drop(while: { $0 == ":" })
        } else if let colon = text.lastIndex(of: ":") {
            host = text[..<colon]
            port = text[text.index(after: colon)...]
        } else {
            throw StanceLogError(.invalidInput, "--listen '\(text)' has no port", hint: "write HOST:PORT, e.g. 127.0.0.1:8080")
        }
        guard let number = Int(port), (0...65_535).contains(number) else {
            throw StanceLogError(
                .invalidInput, "--listen '\(text)': '\(port)' is not a port from 0 to 65535", hint: "write HOST:PORT, e.g. 127.0.0.1:8080")
        }
        self.init(host: host.isEmpty ? Self.loopback.host : String(host), port: number)
    }

    /// True for an address only this machine can reach.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
