import Foundation
import GRDB
import StanceLogCore
import StanceLogTimeline
import StanceLogSQLite
import StanceLogTesting
import Testing

@Suite struct ProjectionAuditTests {
    private func caughtUpLog() async throws -> TestLog {
        let log = try TestLog()
        try await log.store.append([
            SampleEvents.stream("a", statements: [SampleEvents.statement(in: "a", party: "US", stance: -1)]),
            SampleEvents.stream("b", statements: [SampleEvents.statement(in: "b", party: "RU", stance: 2)]),
        ])
        try await log.engine.catchUp()
        return log
    }

    @Test func projectionsBehindTheLogAreComparedWithARebuildUpToTheirCheckpoint() async throws {
        let log = try await caughtUpLog()
        try await log.store.append([
            SampleEvents.stream("c", statements: [SampleEvents.statement(in: "c", party: "US", stance: 2, date: "2025-03-01")])
        ])
        let findings = try await ProjectionAudit(engine: log.engine).run()
        #expect(findings.map(\.projection) == ["stance_timeline", "article_catalog"])
        #expect(findings.allSatisfy { $0.matches && $0.checkpoint == 4 })
    }

    @Test(arguments: [
        ("stance_timeline", "UPDATE stance_points SET stance = stance + 1 WHERE party = 'US'"),
        ("article_catalog", "UPDATE article_catalog SET outlet = 'Erfunden'"),
    ])
    func aChangedRowIsFoundInItsProjectionOnly(projection: String, sql: String) async throws {
        let log = try await caughtUpLog()
        try await log.store.database.write { db in try db.execute(sql: sql) }
        let findings = try await ProjectionAudit(engine: log.engine).run()
        #expect(findings.filter { !$0.matches }.map(\.projection) == [projection])
    }
}
