import Foundation
import StanceLogCore

/// Where a PostgreSQL event log lives, parsed from a `postgres://` or `postgresql://` URL.
///
/// postgres-nio has no URL parser, so stancelog keeps a small one that follows
/// libpq's URL form for the parts stancelog uses:
///
/// ```
/// postgres://analyst@db.example.org:5433/stances?sslmode=require
/// postgres://postgres@/stancelog_test?host=/tmp/pg.abc123      (unix socket folder)
/// postgresql:///stances?schema=team_b                           (socket, OS user)
/// ```
///
/// Missing parts come from `PGUSER`, `PGHOST`, `PGPORT` and `PGDATABASE` as in
/// libpq, else the user is `postgres`, the host the socket folder
/// `/var/run/postgresql`, the port 5432 and the database the user's name. A
/// password in the URL is refused: it would show in shell history and process
/// lists; it comes from `PGPASSWORD` or `~/.pgpass` (``PasswordFile``).
/// `schema` (stancelog's own parameter, default `stancelog`) names the
/// PostgreSQL schema holding the log, so one database can hold several logs.
public struct PostgresURL: Hashable, Sendable, CustomStringConvertible {
    /// A TCP host name or address, or the folder holding the server's unix socket.
    public enum Host: Hashable, Sendable {
        case tcp(String)
        case socket(directory: String)
    }

    public var user: String
    public var host: Host
    public var port: Int
    public var database: String
    public var sslMode: SSLMode
    /// The PostgreSQL schema that holds stancelog's tables.
    public var schema: String

    public init(
        user: String, host: Host, port: Int = 5432, database: String, sslMode: SSLMode = .prefer,
        schema: String = PostgresURL.defaultSchema
    ) {
        self.user = user
        self.host = host
        self.port = port
        self.database = database
        self.sslMode = sslMode
        self.schema = schema
    }

    /// The schema a URL without `schema=` uses.
    public static let defaultSchema = "stancelog"

    /// The socket folder libpq uses on Debian when no host is given.
    public static let defaultSocketDirectory = "/var/run/postgresql"

    /// True when `text` is meant as a PostgreSQL URL rather than an SQLite file path.
    public static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// The path of the server's socket file for a socket host.
    public var socketPath: String? {
        guard case .socket(let directory) = host else { return nil }
        return directory.hasSuffix("/") ? "\(directory).s.PGSQL.\(port)" : "\(directory)/.s.PGSQL.\(port)"
    }

    /// The URL again, without a password, for messages.
    public var description: String {
        var text = "postgres://\(user)@"
        var query: [String] = []
        switch host {
        case .tcp(let name): text += name.contains(":") ? "[\(name)]:\(port)" : "\(name):\(port)"
        case .socket(let directory):
            query.append("host=\(directory)")
            if port != 5432 { query.append("port=\(port)") }
        }
        text += "/\(database)"
        if sslMode != .prefer, case .tcp = host { query.append("sslmode=\(sslMode.rawValue)") }
        if schema != Self.defaultSchema { query.append("schema=\(schema)") }
        return query.isEmpty ? text : text + "?" + query.joined(separator: "&")
    }
}

extension PostgresURL {
    /// Parses a URL, filling missing parts from `environment` (`PGUSER`, `PGHOST`, `PGPORT`, `PGDATABASE`).
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` naming the URL and the part that is wrong.
    public init(parsing text: String, environment: [String: String] = [:]) throws {
        func invalid(_ why: String, hint: String = Self.formHint) -> StanceLogError {
            StanceLogError(.invalidInput, "cannot use the database URL '\(Self.redacted(text))': \(why)", hint: hint)
        }
        guard let schemeEnd = text.range(of: "://"), Self.isPostgresURL(text) else {
            throw invalid("it does not start with postgres:// or postgresql://")
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        var queryText: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            queryText = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var pathText: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            pathText = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        var user: String?
        if let at = rest.lastIndex(of: "@") {
            let userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
            guard !userInfo.contains(":") else {
                throw invalid(
                    "it contains a password",
                    hint: "remove the password from the URL and set PGPASSWORD or add a line to ~/.pgpass")
            }
            user = try Self.decoded(userInfo, part: "user", in: text)
        }
        var hostName: String?
        var portText: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw invalid("the IPv6 address has no closing ']'") }
            hostName = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw invalid("unexpected '\(after)' after the IPv6 address") }
                portText = after.dropFirst()
            }
        } else if let colon = rest.lastIndex(of: ":") {
            hostName = try Self.decoded(rest[..<colon], part: "host", in: text)
            portText = rest[rest.index(after: colon)...]
        } else if !rest.isEmpty {
            hostName = try Self.decoded(rest, part: "host", in: text)
        }
        var database = pathText.isEmpty ? nil : try Self.decoded(pathText, part: "database", in: text)
        if let database, database.contains("/") { throw invalid("the database name '\(database)' contains '/'") }
        var sslMode = SSLMode.prefer
        var schema = Self.defaultSchema
        for pair in queryText.split(separator: "&", omittingEmptySubsequences: true) {
            guard let equals = pair.firstIndex(of: "=") else { throw invalid("the parameter '\(pair)' has no value") }
            let key = String(pair[..<equals])
            let value = try Self.decoded(pair[pair.index(after: equals)...], part: key, in: text)
            switch key {
            case "host": hostName = value
            case "port": portText = Substring(value)
            case "user": user = value
            case "dbname": database = value
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else {
                    throw invalid(
                        "sslmode '\(value)' is not one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                sslMode = mode
            case "schema":
                guard Self.isPlainIdentifier(value) else {
                    throw invalid(
                        "the schema '\(value)' is not a plain name",
                        hint: "use lower-case letters, digits and '_', starting with a letter or '_', at most 63 characters")
                }
                schema = value
            case "password": throw invalid("it contains a password", hint: "set PGPASSWORD or add a line to ~/.pgpass")
            default:
                throw invalid(
                    "stancelog does not know the parameter '\(key)'",
                    hint: "known parameters: host, port, user, dbname, sslmode, schema")
            }
        }
        let resolvedUser = user ?? environment["PGUSER"] ?? "postgres"
        guard !resolvedUser.isEmpty else { throw invalid("the user name is empty") }
        let resolvedHost = hostName.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGHOST"] ?? Self.defaultSocketDirectory
        let resolvedPortText = portText.flatMap { $0.isEmpty ? nil : String($0) } ?? environment["PGPORT"] ?? "5432"
        guard let port = Int(resolvedPortText), (1...65_535).contains(port) else {
            throw invalid("the port '\(resolvedPortText)' is not a number from 1 to 65535")
        }
        self.init(
            user: resolvedUser,
            host: resolvedHost.hasPrefix("/") ? .socket(directory: resolvedHost) : .tcp(resolvedHost),
            port: port,
            database: database ?? environment["PGDATABASE"] ?? resolvedUser,
            sslMode: sslMode, schema: schema)
    }

    private static let formHint = "write postgres://USER@HOST:PORT/DATABASE?sslmode=MODE, or ?host=/socket/folder for a unix socket"

    /// True for a name that needs no quoting in SQL: `[a-z_][a-z0-9_]*`, at most 63 bytes.
    static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 63, first == 95 || (97...122).contains(first) else {
            return false
        }
        return name.utf8.allSatisfy { $0 == 95 || (97...122).contains($0) || (48...57).contains($0) }
    }

    private static func decoded(_ text: Substring, part: String, in url: String) throws -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == 37 else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw StanceLogError(
                    .invalidInput, "cannot use the database URL '\(redacted(url))': the \(part) has a malformed %-escape",
                    hint: "write a % as %25")
            }
            bytes.append(high << 4 | low)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw StanceLogError(
                .invalidInput, "cannot use the database URL '\(redacted(url))': the \(part) is not UTF-8 once decoded",
                hint: formHint)
        }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 65...70: byte - 55
        case 97...102: byte - 87
        default: nil
        }
    }

    /// The URL with any password (in the user part or a `password=` parameter) replaced, so that no message repeats one.
    static func redacted(_ url: String) -> String {
        var text = url
        if let parameter = text.range(of: "password=") {
            let end = text[parameter.upperBound...].firstIndex(of: "&") ?? text.endIndex
            text.replaceSubrange(parameter.upperBound..<end, with: "***")
        }
        guard let schemeEnd = text.range(of: "://") else { return text }
        let afterScheme = text[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" } ?? afterScheme.endIndex
        let authority = afterScheme[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }
}
