import Foundation
import StanceLogCore

/// Finds the password for a connection: `PGPASSWORD`, else the first matching line of `~/.pgpass`.
///
/// The file follows libpq: one `hostname:port:database:username:password` per
/// line, `*` matching anything, `\:` and `\\` escaping, `#` starting a comment.
/// A socket connection matches the hostname `localhost` when it uses the
/// default socket folder, else the folder's path. `PGPASSFILE` names another
/// file. A file that others can read is refused, as libpq ignores it.
public struct PasswordFile: Hashable, Sendable {
    /// One line of the file: four patterns and the password.
    struct Entry: Hashable, Sendable {
        let host: String
        let port: String
        let database: String
        let user: String
        let password: String

        func matches(host: String, port: String, database: String, user: String) -> Bool {
            (self.host == "*" || self.host == host) && (self.port == "*" || self.port == port)
                && (self.database == "*" || self.database == database) && (self.user == "*" || self.user == user)
        }
    }

    let entries: [Entry]

    /// Parses the text of a password file; malformed lines (fewer than five fields) are skipped, as libpq does.
    public init(contents: String) {
        entries = contents.split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            var fields: [String] = [""]
            var escaped = false
            for character in line {
                if escaped {
                    fields[fields.count - 1].append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == ":" && fields.count < 5 {
                    fields.append("")
                } else {
                    fields[fields.count - 1].append(character)
                }
            }
            guard fields.count == 5 else { return nil }
            return Entry(host: fields[0], port: fields[1], database: fields[2], user: fields[3], password: fields[4])
        }
    }

    /// The password of the first line matching `url`, nil when none does.
    public func password(for url: PostgresURL) -> String? {
        let host: String
        switch url.host {
        case .tcp(let name): host = name
        case .socket(let directory):
            host = directory == PostgresURL.defaultSocketDirectory ? "localhost" : directory
        }
        return entries.first {
            $0.matches(host: host, port: String(url.port), database: url.database, user: url.user)
        }?.password
    }

    /// The password for `url`: `PGPASSWORD`, else the password file, else nil (the server may not ask for one).
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` when the password file can be read by group or others.
    public static func password(for url: PostgresURL, environment: [String: String]) throws -> String? {
        if let password = environment["PGPASSWORD"] { return password }
        let path: String
        if let named = environment["PGPASSFILE"] {
            path = named
        } else if let home = environment["HOME"] {
            path = (home as NSString).appendingPathComponent(".pgpass")
        } else {
            return nil
        }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let data = FileManager.default.contents(atPath: path)
        else { return nil }
        if let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 != 0 {
            throw StanceLogError(
                .invalidInput,
                "the password file \(path) can be read by others (mode \(String(permissions, radix: 8))), so stancelog does not use it",
                hint: "run `chmod 600 \(path)`, as libpq requires")
        }
        return PasswordFile(contents: String(decoding: data, as: UTF8.self)).password(for: url)
    }
}
