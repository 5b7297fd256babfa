import Foundation
import Logging
import StanceLogCore
import StanceLogPostgres
import StanceLogSQLite
import StanceLogServer
import StanceLogTesting
import Testing

/// The server's mirror of a team log follows it by LISTEN/NOTIFY, without waiting for the poll.
@Suite(.enabled(if: TestPostgres.isEnabled)) struct PostgresFollowerTests {
    @Test func aNotificationPullsAnotherAnalystsAppendIntoTheMirror() async throws {
        let url = try PostgresURL(parsing: TestPostgres.freshLogURL())
        let team = try await PostgresEventStore.open(url)
        try await team.append([SampleEvents.stream("a")])
        let mirror = try LogDatabase(path: try Fixtures.temporaryDirectory().appendingPathComponent("mirror.sqlite").path)
        let log = ServerLog(database: mirror, mirroring: team)
        let follower = MirrorFollower(log: log, url: url, poll: .seconds(3_600), logger: .init(label: "test"))
        let running = Task { try await follower.run() }
        defer { running.cancel() }
        let first = try await team.lastPosition()
        try await waitUntil("the first poll pulled the log") { try await mirror.store.lastPosition() == first }
        try await Task.sleep(for: .seconds(1))

        let colleague = try await PostgresEventStore.open(url, migrate: false)
        try await colleague.append([SampleEvents.stream("b", statements: [SampleEvents.statement(in: "b")])])
        let last = try await colleague.lastPosition()
        try await waitUntil("the notification pulled event \(last)") { try await mirror.store.lastPosition() == last }
        #expect(try await log.head().events == last)
        running.cancel()
        _ = await running.result
        await colleague.close()
        await team.close()
    }

    private func waitUntil(_ what: String, _ condition: () async throws -> Bool) async throws {
        for _ in 0..<500 {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("gave up waiting until \(what)")
    }
}
