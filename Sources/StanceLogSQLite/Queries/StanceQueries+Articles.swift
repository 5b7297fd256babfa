import GRDB
public import StanceLogCore
public import StanceLogTimeline

extension StanceQueries {
    /// The articles in the log (at the `asOf` point), by publication date, with how many of their statements count.
    ///
    /// One pass over `statement_versions` counts the statements; meant for reports, not hot paths.
    public func articles(asOf: AsOf?) async throws -> [CatalogArticle] {
        let cutoff = try await resolve(asOf) ?? Int64.max
        return try await read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.article_id, a.title, a.published, a.outlet, a.url, coalesce(c.statements, 0)
                    FROM article_catalog a
                    LEFT JOIN (
                        SELECT article_id, count(*) AS statements FROM statement_versions
                        WHERE from_seq <= ?1 AND (to_seq IS NULL OR to_seq > ?1)
                        GROUP BY article_id
                    ) c ON c.article_id = a.article_id
                    WHERE a.seq <= ?1
                    ORDER BY a.published_end, a.article_id
                    """,
                arguments: [cutoff])
            return rows.compactMap { row -> CatalogArticle? in
                guard let id = ArticleID(rawValue: row[0]), let published = PartialDate(row[2] as String) else {
                    return nil
                }
                return CatalogArticle(
                    id: id, title: row[1], published: published, outlet: row[3], url: row[4], statements: row[5])
            }
        }
    }
}

extension StanceQueries {
    /// The catalog rows of `ids` recorded at `asOf`, one primary-key descent each.
    public func sources(of ids: Set<ArticleID>, asOf: AsOf?) async throws -> [ArticleSource] {
        guard !ids.isEmpty else { return [] }
        let cutoff = try await resolve(asOf) ?? Int64.max
        let idList = ids.map(\.rawValue).sorted()
        return try await read { db in
            var sources: [ArticleSource] = []
            sources.reserveCapacity(idList.count)
            let statement = try db.cachedStatement(
                sql: "SELECT title, published, outlet, url FROM article_catalog WHERE article_id = ? AND seq <= ?")
            for rawID in idList {
                guard let row = try Row.fetchOne(statement, arguments: [rawID, cutoff]),
                    let id = ArticleID(rawValue: rawID), let published = PartialDate(row[1] as String)
                else { continue }
                sources.append(ArticleSource(id: id, title: row[0], published: published, outlet: row[2], url: row[3]))
            }
            return sources
        }
    }
}

extension StanceQueries {
    /// One catalog row, with its statements counted over the statement versions alive at `asOf`.
    public func article(_ id: ArticleID, asOf: AsOf?) async throws -> CatalogArticle? {
        let cutoff = try await resolve(asOf) ?? Int64.max
        return try await read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT title, published, outlet, url,
                            (SELECT count(*) FROM statement_versions
                             WHERE article_id = ?1 AND from_seq <= ?2 AND (to_seq IS NULL OR to_seq > ?2))
                        FROM article_catalog WHERE article_id = ?1 AND seq <= ?2
                        """,
                    arguments: [id.rawValue, cutoff]),
                let published = PartialDate(row[1] as String)
            else { return nil }
            return CatalogArticle(
                id: id, title: row[0], published: published, outlet: row[2], url: row[3], statements: row[4])
        }
    }
}
