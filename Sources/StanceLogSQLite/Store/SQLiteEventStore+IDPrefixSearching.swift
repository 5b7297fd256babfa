import GRDB
public import StanceLogCore

extension SQLiteEventStore: IDPrefixSearching {
    /// The article ids starting with `prefix`, read as a range of the `(stream_id, stream_version)` index.
    public func articleIDs(withPrefix prefix: String, limit: Int) async throws -> [ArticleID] {
        let low = "article-" + prefix
        return try await withStorageErrors(failure, hint: Self.hint, database: database.path) {
            try await database.read { db in
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT stream_id FROM events WHERE stream_id >= ? AND stream_id < ?
                        ORDER BY stream_id LIMIT ?
                        """,
                    arguments: [low, low + "~", limit]
                ).compactMap { ArticleID(rawValue: String($0.dropFirst("article-".count))) }
            }
        }
    }

    /// The statement ids starting with `prefix`, read as a range of the `events_by_statement` index.
    public func statementIDs(withPrefix prefix: String, limit: Int) async throws -> [StatementID] {
        try await withStorageErrors(failure, hint: Self.hint, database: database.path) {
            try await database.read { db in
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT statement_id FROM events WHERE statement_id >= ? AND statement_id < ?
                        ORDER BY statement_id LIMIT ?
                        """,
                    arguments: [prefix, prefix + "~", limit]
                ).map(StatementID.init(rawValue:))
            }
        }
    }
}
