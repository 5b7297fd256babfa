/// A store that finds article and statement ids by prefix without reading every event.
///
/// ``IDResolver`` uses it when the store offers it (the SQLite store does, through its
/// indexes) and falls back to reading the log otherwise.
public protocol IDPrefixSearching: Sendable {
    /// The distinct article ids starting with `prefix` (lowercase hex), in order, at most `limit`.
    func articleIDs(withPrefix prefix: String, limit: Int) async throws -> [ArticleID]
    /// The distinct statement ids starting with `prefix` (`st-` and lowercase hex), in order, at most `limit`.
    func statementIDs(withPrefix prefix: String, limit: Int) async throws -> [StatementID]
}
