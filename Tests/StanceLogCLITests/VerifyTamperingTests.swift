import Foundation
import GRDB
import StanceLogTesting
import Testing

/// `stancelog verify` against changes made behind stancelog's back, with the sqlite3 shell's powers.
@Suite(.serialized) struct VerifyTamperingTests {
    /// A log of the seeds whose projections have been caught up by a query.
    private func caughtUpLog() throws -> CommandRunner {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path]).status == 0)
        #expect(try cli.run(["state", "--at", "2025-12"]).status == 0)
        return cli
    }

    @Test func anUntouchedLogVerifiesItsEventsAndItsProjections() throws {
        let cli = try caughtUpLog()
        let result = try cli.run(["verify"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ok: ") == true)
        #expect(lines.first?.hasSuffix(" events, sequence gapless and hash chain intact") == true)
        #expect(lines.last == "ok: projections stance_timeline, article_catalog equal a rebuild from the log")
    }

    @Test func swappingTwoEventsIsDetectedAtTheFirstOfThem() throws {
        let cli = try caughtUpLog()
        try DatabaseQueue(path: cli.database).write { db in
            try db.execute(
                sql: """
                    DROP TRIGGER events_are_append_only_update;
                    UPDATE events SET seq = 0 WHERE seq = 3;
                    UPDATE events SET seq = 3 WHERE seq = 4;
                    UPDATE events SET seq = 4 WHERE seq = 0;
                    """)
        }
        let result = try cli.run(["verify"])
        #expect(result.status == 1)
        #expect(result.error.contains("verify failed at event 3: "))
    }

    @Test(arguments: [
        ("article_catalog", "UPDATE article_catalog SET title = 'Erfunden' WHERE article_id = (SELECT min(article_id) FROM article_catalog)"),
        ("article_catalog", "DELETE FROM article_catalog WHERE article_id = (SELECT max(article_id) FROM article_catalog)"),
        ("stance_timeline", "UPDATE stance_points SET stance = -stance - 1 WHERE party = (SELECT min(party) FROM stance_points)"),
        ("stance_timeline", "DELETE FROM statement_versions WHERE from_seq = (SELECT max(from_seq) FROM statement_versions)"),
    ])
    func aChangedProjectionRowMakesVerifyNameTheProjection(projection: String, sql: String) throws {
        let cli = try caughtUpLog()
        let changed = try DatabaseQueue(path: cli.database).write { db in
            try db.execute(sql: sql)
            return db.changesCount
        }
        #expect(changed > 0)
        let result = try cli.run(["verify"])
        #expect(result.status == 1)
        #expect(result.output.contains("sequence gapless and hash chain intact"))
        #expect(result.error.contains("verify failed: projection \(projection) differs from a rebuild from the log"))
        #expect(result.error.contains("stancelog replay --projection \(projection)"))
        let other = projection == "article_catalog" ? "stance_timeline" : "article_catalog"
        #expect(!result.error.contains("projection \(other) differs"))

        #expect(try cli.run(["replay", "--projection", projection]).status == 0)
        #expect(try cli.run(["verify"]).status == 0)
    }
}
