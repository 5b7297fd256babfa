public import Foundation
import Crypto
public import StanceLogCore

/// The bearer tokens allowed to write, each with the name of the person it belongs to: `--tokens FILE`.
///
/// One token per line, `NAME TOKEN` (a space or tab between), `#` starting a comment. A
/// token has at least 16 characters and appears once; names may repeat (one person,
/// several devices). Only the SHA-256 of each token is kept, and ``user(for:)``
/// compares every digest in full whatever matches, so the time an answer takes says
/// nothing about how much of a token was right. Tokens never appear in a message.
public struct TokenFile: Sendable {
    /// The shortest token accepted.
    public static let minimumLength = 16

    struct Entry: Sendable {
        let user: String
        let digest: [UInt8]
    }

    let entries: [Entry]

    /// Parses the file's text.
    ///
    /// - Parameter name: the file, for messages.
    /// - Throws: ``StanceLogError`` `invalidInput` naming the line of a malformed entry, a short or repeated token.
    public init(contents: String, name: String) throws {
        var entries: [Entry] = []
        var seen: Set<[UInt8]> = []
        for (number, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let first = fields.first, !first.hasPrefix("#") else { continue }
            guard fields.count == 2 else {
                throw StanceLogError(
                    .invalidInput, "\(name) line \(number + 1): expected NAME TOKEN, found \(fields.count) fields",
                    hint: "write one `name token` per line; # starts a comment")
            }
            let token = Array(fields[1].utf8)
            guard token.count >= Self.minimumLength else {
                throw StanceLogError(
                    .invalidInput, "\(name) line \(number + 1): the token of \(first) has \(token.count) characters, fewer than \(Self.minimumLength)",
                    hint: "make tokens long and random, e.g. `openssl rand -hex 24`")
            }
            let digest = Self.digest(token)
            guard seen.insert(digest).inserted else {
                throw StanceLogError(
                    .invalidInput, "\(name) line \(number + 1): the token of \(first) is already given to someone on an earlier line",
                    hint: "give each person a token of their own")
            }
            entries.append(Entry(user: String(first), digest: digest))
        }
        guard !entries.isEmpty else {
            throw StanceLogError(.invalidInput, "\(name) holds no tokens", hint: "write one `name token` per line")
        }
        self.entries = entries
    }

    /// Reads the file at `path`, refusing one that others may read.
    ///
    /// - Throws: ``StanceLogError`` `unreadableFile` when it cannot be read or is readable by group or others;
    ///   `invalidInput` as ``init(contents:name:)``.
    public init(path: String) throws {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw StanceLogError(.unreadableFile, "cannot read the tokens file \(path)", hint: "check the path given to --tokens")
        }
        if let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0 {
            throw StanceLogError(
                .unreadableFile, "the tokens file \(path) may be read by others (mode \(String(mode, radix: 8)))",
                hint: "chmod 600 \(path)")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw StanceLogError(.unreadableFile, "cannot read the tokens file \(path) as UTF-8 text", hint: "check the path given to --tokens")
        }
        try self.init(contents: text, name: path)
    }

    /// The name of the person whose token `token` is, nil for an unknown token.
    public func user(for token: some StringProtocol) -> String? {
        let digest = Self.digest(Array(token.utf8))
        var found: String?
        for entry in entries where Self.constantTimeEqual(entry.digest, digest) {
            found = entry.user
        }
        return found
    }

    static func digest(_ bytes: [UInt8]) -> [UInt8] {
        Array(SHA256.hash(data: bytes))
    }

    /// True when `a` and `b` are equal, after looking at every byte of both.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
