import Foundation

/// Turns the ids people type — a unique prefix of at least 8 hex digits, like git — into full ids.
///
/// An article id is 64 hex digits; a statement id is `st-` and 20 hex digits (the `st-` may be
/// left out). A prefix that matches nothing is `notFound`; one that matches several is
/// `invalidInput` listing the candidates; one shorter than ``minimumDigits`` is `invalidInput`.
public struct IDResolver: Sendable {
    /// The fewest hex digits a prefix must have.
    public static let minimumDigits = 8
    /// How many candidates an ambiguous prefix lists.
    static let candidateLimit = 10

    public let store: any EventStore

    public init(store: any EventStore) {
        self.store = store
    }

    /// The article whose id starts with `typed`.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` for a malformed, short or ambiguous prefix,
    ///   `notFound` when no article matches.
    public func article(_ typed: String) async throws -> ArticleID {
        let prefix = try Self.hexPrefix(typed, kind: "article id")
        if let full = ArticleID(rawValue: prefix) { return full }
        let found: [ArticleID]
        if let searching = store as? any IDPrefixSearching {
            found = try await searching.articleIDs(withPrefix: prefix, limit: Self.candidateLimit + 1)
        } else {
            let articles = try await store.read(EventQuery(types: [.articleIngested])).map(\.index.articleID)
            found = Array(Set(articles.filter { $0.rawValue.hasPrefix(prefix) }).sorted().prefix(Self.candidateLimit + 1))
        }
        _ = try Self.unique(found.map(\.rawValue), typed: typed, kind: "article")
        return found[0]
    }

    /// The statement whose id starts with `typed` (with or without `st-`).
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` for a malformed, short or ambiguous prefix,
    ///   `notFound` when no statement matches.
    public func statement(_ typed: String) async throws -> StatementID {
        let bare = typed.hasPrefix("st-") ? String(typed.dropFirst(3)) : typed
        let prefix = "st-" + (try Self.hexPrefix(bare, kind: "statement id"))
        let found: [StatementID]
        if let searching = store as? any IDPrefixSearching {
            found = try await searching.statementIDs(withPrefix: prefix, limit: Self.candidateLimit + 1)
        } else {
            let ids = try await store.read(EventQuery(types: [.positionStated])).compactMap(\.index.statementID)
            found = Array(Set(ids.filter { $0.rawValue.hasPrefix(prefix) }).sorted().prefix(Self.candidateLimit + 1))
        }
        return StatementID(rawValue: try Self.unique(found.map(\.rawValue), typed: typed, kind: "statement"))
    }

    private static func hexPrefix(_ typed: String, kind: String) throws -> String {
        let lowered = typed.trimmingCharacters(in: .whitespaces).lowercased()
        guard !lowered.isEmpty, lowered.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            throw StanceLogError(
                .invalidInput, "'\(typed)' is not an \(kind) prefix: only hex digits (0-9, a-f) may follow",
                hint: "copy the id from `stancelog log` or a table; \(minimumDigits) hex digits are enough")
        }
        guard lowered.count >= minimumDigits else {
            throw StanceLogError(
                .invalidInput, "\(kind) '\(typed)' is too short: give at least \(minimumDigits) hex digits",
                hint: "copy the id from `stancelog log` or a table")
        }
        return lowered
    }

    private static func unique(_ found: [String], typed: String, kind: String) throws -> String {
        guard !found.isEmpty else {
            throw StanceLogError(
                .notFound, "no \(kind) in the log has an id starting with '\(typed)'",
                hint: kind == "article"
                    ? "list article ids with `stancelog log --type ArticleIngested`"
                    : "list statement ids with `stancelog log --type PositionStated`")
        }
        guard found.count == 1 else {
            let listed = found.prefix(candidateLimit).joined(separator: ", ")
            let count = found.count > candidateLimit ? "more than \(candidateLimit)" : "\(found.count)"
            throw StanceLogError(
                .invalidInput,
                "\(kind) id '\(typed)' is ambiguous: \(count) ids start with it (\(listed))",
                hint: "type more hex digits")
        }
        return found[0]
    }
}
