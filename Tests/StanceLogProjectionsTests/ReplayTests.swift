import Foundation
import StanceLogCore
import StanceLogTesting
import StanceLogSQLite
import StanceLogTimeline
import Testing

@Suite struct ReplayTests {
    private func append(_ log: RandomLog, to test: TestLog) async throws {
        for group in log.groups { try await test.append(group) }
    }

    @Test func twoRebuildsGiveTheSameDigest() async throws {
        let test = try TestLog()
        try await append(RandomLog(seed: 7, operations: 60), to: test)
        let first = try await test.rebuiltDigest()
        let second = try await test.rebuiltDigest()
        #expect(first == second)
        #expect(first.count == 64)
        #expect(first.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func rebuildOfAnEmptyLogHasTheDigestOfNoRows() async throws {
        let test = try TestLog()
        let progress = try await test.engine.rebuild(StanceTimelineProjection())
        #expect(progress.events == 0)
        #expect(progress.digest?.count == 64)
    }

    @Test(arguments: 1...24)
    func incrementalCatchUpEqualsFullRebuild(seed: UInt64) async throws {
        var random = SplitMix64(seed: seed &* 1_000_003)
        let log = RandomLog(seed: seed, operations: 40)
        let test = try TestLog(batchSize: Int.random(in: 1...7, using: &random))
        for group in log.groups {
            try await test.append(group)
            if Int.random(in: 0..<3, using: &random) == 0 { try await test.engine.catchUp() }
        }
        let incremental = try await test.caughtUpDigest()
        let incrementalTimeline = try await test.queries.timeline(changesOnly: false)
        let rebuilt = try await test.rebuiltDigest()
        #expect(incremental == rebuilt)
        #expect(try await test.queries.timeline(changesOnly: false) == incrementalTimeline)
    }

    /// Logs of articles and statements only take the set-based rebuild; it must equal the fold.
    @Test(arguments: 1...16)
    func setBasedRebuildEqualsIncrementalCatchUp(seed: UInt64) async throws {
        var random = SplitMix64(seed: seed &* 7_919)
        let simple: Set<EventType> = [.articleIngested, .positionStated]
        let groups = RandomLog(seed: seed, operations: 60).groups.filter { $0.allSatisfy { simple.contains($0.type) } }
        let test = try TestLog(batchSize: Int.random(in: 1...9, using: &random))
        for group in groups {
            try await test.append(group)
            if Int.random(in: 0..<3, using: &random) == 0 { try await test.engine.catchUp() }
        }
        let incremental = try await test.caughtUpDigest()
        let catalog = try await test.engine.digest(of: ArticleCatalogProjection())
        let timeline = try await test.queries.timeline(changesOnly: false)
        #expect(try await test.rebuiltDigest() == incremental)
        #expect(try await test.engine.rebuild(ArticleCatalogProjection()).digest == catalog)
        #expect(try await test.queries.timeline(changesOnly: false) == timeline)
    }

    @Test func setBasedRebuildKeepsTheFoldsRulesForOddLogs() async throws {
        let test = try TestLog(batchSize: 2)
        let rules = TestLog.statement("a", "US", "territory", 1, date: "2024", extractor: TestLog.rules1)
        let other = TestLog.statement("a", "US", "territory", -2, date: "2024-06", extractor: TestLog.rules2)
        let early = TestLog.statement("b", "RU", "territory", 2, date: "2025-02", extractor: TestLog.rules2)
        let analyst = TestLog.statement("c", "UA", "nato_membership", -1, date: "2023")
        try await test.append(.positionStated(early))
        try await test.ingest(TestLog.article("a", extractor: TestLog.rules1), [rules, other, rules])
        try await test.ingest(TestLog.article("b", extractor: TestLog.rules1))
        try await test.append(.positionStated(analyst), .positionStated(analyst))
        let incremental = try await test.caughtUpDigest()
        #expect(try await test.rebuiltDigest() == incremental)
        #expect(try await test.stance("US", "territory", at: "2024-12") == 1)
        #expect(try await test.stance("RU", "territory", at: "2025-12") == 2)
        try await test.ingest(TestLog.article("late", published: "2023"), [
            TestLog.statement("late", "US", "territory", -1, date: "2023-05")
        ])
        #expect(try await test.caughtUpDigest() == test.rebuiltDigest())
    }

    @Test(arguments: 1...12)
    func ingestOrderDoesNotChangeTheTimelines(seed: UInt64) async throws {
        var random = SplitMix64(seed: seed)
        let dates = ["2023-11-04", "2024", "2024-06", "2025-02", "2025-02-28", "2025-12-06", "2025-12"]
        let articles = (0..<8).map { index -> (ArticleIngested, [PositionStated]) in
            let name = "order-\(index)"
            let date = dates.randomElement(using: &random)!
            let statements = (0..<3).map { _ in
                TestLog.statement(
                    name, ["US", "UA"].randomElement(using: &random)!, "security_guarantees",
                    Int.random(in: -2...2, using: &random), date: date,
                    attribution: Attribution.allCases.randomElement(using: &random)!)
            }
            return (TestLog.article(name, published: date), statements)
        }
        let inOrder = try TestLog()
        for (article, statements) in articles.sorted(by: { $0.0.published < $1.0.published }) {
            try await inOrder.ingest(article, statements)
        }
        let shuffled = try TestLog()
        for (article, statements) in articles.shuffled(using: &random) {
            try await shuffled.ingest(article, statements)
            try await shuffled.engine.catchUp()
        }
        try await inOrder.engine.catchUp()
        #expect(
            try await shuffled.queries.timeline(changesOnly: false)
                == inOrder.queries.timeline(changesOnly: false))
        #expect(
            try await shuffled.queries.diff(from: PartialDate("2024")!, to: PartialDate("2025-12-31")!)
                == inOrder.queries.diff(from: PartialDate("2024")!, to: PartialDate("2025-12-31")!))
    }

    @Test func lateArrivalRewritesOnlyItsDayAndTheNextPoint() async throws {
        let test = try TestLog()
        for month in 1...12 {
            let name = "month-\(month)"
            let date = "2025-\(month < 10 ? "0" : "")\(month)"
            try await test.ingest(
                TestLog.article(name, published: date),
                [
                    TestLog.statement(name, "US", "territory", month % 2 == 0 ? 1 : -1, date: date),
                    TestLog.statement(name, "RU", "territory", 2, date: date),
                ])
        }
        try await test.engine.catchUp()
        try await test.ingest(
            TestLog.article("late", published: "2025-10-15"),
            [TestLog.statement("late", "US", "territory", 2, date: "2025-10-15")])
        let progress = try #require(try await test.engine.catchUp().first)
        #expect(progress.events == 2)
        #expect(progress.cost.timelinesRefolded == 1)
        #expect(progress.cost.versionsWritten == 1)
        #expect(progress.cost.pointsRefolded == 2)
        let fresh = try await test.caughtUpDigest()
        #expect(try await test.rebuiltDigest() == fresh)
    }
}
