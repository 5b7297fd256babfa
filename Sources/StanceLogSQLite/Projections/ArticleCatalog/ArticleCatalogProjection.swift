package import GRDB
import StanceLogCore
package import StanceLogTimeline

/// The articles in the log: title, publication date, outlet and URL, for source lists.
///
/// Reports list their sources from here instead of re-reading the log. The
/// columns are copied from each `ArticleIngested` payload by SQLite itself
/// (``PayloadReads/catalogFields``), so the fold decodes no JSON in Swift.
package struct ArticleCatalogProjection: Projection {
    package static let projectionName = "article_catalog"

    package init() {}

    package var name: String { Self.projectionName }

    package func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-projection-article-catalog") { db in
            try db.execute(
                sql: """
                    CREATE TABLE article_catalog (
                        article_id TEXT PRIMARY KEY,
                        seq INTEGER NOT NULL,
                        title TEXT,
                        published TEXT NOT NULL,
                        published_end INTEGER NOT NULL,
                        outlet TEXT,
                        url TEXT
                    ) WITHOUT ROWID;
                    CREATE INDEX article_catalog_by_published ON article_catalog(published_end, article_id);
                    """)
        }
    }

    package func reset(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM article_catalog")
    }

    package func apply(_ events: [ProjectedEvent], in db: Database) throws -> FoldCost {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO article_catalog (article_id, seq, published, published_end, title, outlet, url)
                SELECT article_id, seq, valid_date, valid_end, \(PayloadReads.catalogFields)
                FROM events WHERE seq = ?
                """)
        let withdraw = try db.cachedStatement(sql: "DELETE FROM article_catalog WHERE article_id = ?")
        let restore = try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO article_catalog (article_id, seq, published, published_end, title, outlet, url)
                SELECT article_id, seq, valid_date, valid_end, \(PayloadReads.catalogFields)
                FROM events WHERE stream_id = ? AND type = 'ArticleIngested'
                """)
        for event in events {
            switch event.type {
            case .articleIngested: try statement.execute(arguments: [event.sequence])
            case .articleWithdrawn: try withdraw.execute(arguments: [event.articleID.rawValue])
            case .articleRestored: try restore.execute(arguments: [StreamID.article(event.articleID).rawValue])
            default: continue
            }
        }
        return FoldCost()
    }

    /// One `INSERT … SELECT` over the log's `ArticleIngested` rows, in sequence order.
    package func rebuild(through sequence: Int64, in db: Database) throws -> FoldCost {
        try db.execute(
            sql: """
                INSERT INTO article_catalog (article_id, seq, published, published_end, title, outlet, url)
                SELECT article_id, seq, valid_date, valid_end, \(PayloadReads.catalogFields)
                FROM events WHERE type = 'ArticleIngested' AND seq <= ? ORDER BY seq;
                DELETE FROM article_catalog WHERE article_id IN (
                    SELECT article_id FROM events
                    WHERE type IN ('ArticleWithdrawn', 'ArticleRestored') AND seq <= ?
                    GROUP BY article_id
                    HAVING max(CASE type WHEN 'ArticleWithdrawn' THEN seq END) = max(seq));
                """,
            arguments: [sequence, sequence])
        return FoldCost()
    }

    package func writeContent(of db: Database, to digest: inout ContentDigest) throws {
        try digest.add(
            table: "article_catalog",
            rows: "SELECT article_id, seq, title, published, published_end, outlet, url FROM article_catalog ORDER BY article_id",
            in: db)
    }
}
