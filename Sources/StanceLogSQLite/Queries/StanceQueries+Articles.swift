import GRDB
import StanceLogCore
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
