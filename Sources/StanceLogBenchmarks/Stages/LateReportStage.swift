import StanceLogCore
import StanceLogSQLite

/// Stage 5: appends old reports (published in early 2022) to the full log, one article per `append` call.
struct LateReportStage {
    struct Result {
        /// Wall time of each `append` call, in milliseconds.
        let appendMilliseconds: [Double]
        /// Wall time of each projection catch-up, in milliseconds, and the timelines it touched.
        let catchUpMilliseconds: [Double]
        let touchedTimelines: [Int]
        /// Combined points each catch-up wrote, rewrote or deleted.
        let pointsRewritten: [Int]
        let statementsPerReport: [Int]
    }

    let generator: CorpusGenerator
    let extractor: ExtractorIdentity

    func run(
        store: SQLiteEventStore, path: String, firstIndex: Int, count: Int, projections: any ProjectionBenchmarking
    ) async throws -> Result {
        var appendTimes: [Double] = []
        var catchUpTimes: [Double] = []
        var touched: [Int] = []
        var points: [Int] = []
        var statements: [Int] = []
        for offset in 0..<count {
            let late = try generator.article(firstIndex + offset, late: true).events(extractor: extractor)
            statements.append(late.events.count - 1)
            let (_, seconds) = try await Stopwatch.time { try await store.append([late]) }
            appendTimes.append(seconds * 1000)
            let (cost, catchUp) = try await Stopwatch.time { try await projections.catchUp(logAt: path) }
            catchUpTimes.append(catchUp * 1000)
            touched.append(cost.timelines)
            points.append(cost.points)
        }
        return Result(
            appendMilliseconds: appendTimes, catchUpMilliseconds: catchUpTimes, touchedTimelines: touched, pointsRewritten: points,
            statementsPerReport: statements)
    }
}
