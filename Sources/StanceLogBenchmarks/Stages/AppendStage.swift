import Foundation
import StanceLogCore
import StanceLogSQLite

/// Stage 2: appends the corpus's events through a real store's `append` (SQLite, or the PostgreSQL team log), a batch of articles per call.
///
/// Only the `append` calls are timed: they seal (canonical JSON, hash chain),
/// check expected versions and insert, one transaction per call. Generating the
/// articles is not timed.
struct AppendStage {
    struct Result {
        let events: Int
        let statements: Int
        let seconds: Double
        let cpuSeconds: Double
        let payloadBytes: Int
        let articlePayloadBytes: Int
        let statementPayloadBytes: Int
    }

    let generator: CorpusGenerator
    let extractor: ExtractorIdentity
    let batchArticles: Int

    func run(articles: Int, store: any EventStore) async throws -> Result {
        var events = 0
        var statements = 0
        var seconds = 0.0
        var cpuSeconds = 0.0
        var articleBytes = 0
        var statementBytes = 0
        for start in stride(from: 0, to: articles, by: batchArticles) {
            let batch = try (start..<min(start + batchArticles, articles)).map {
                try generator.article($0).events(extractor: extractor)
            }
            let cpuStart = ProcessCPUTime.seconds
            let (recorded, elapsed) = try await Stopwatch.time { try await store.append(batch) }
            cpuSeconds += ProcessCPUTime.seconds - cpuStart
            seconds += elapsed
            events += recorded.count
            for event in recorded {
                if event.type == .positionStated {
                    statements += 1
                    statementBytes += event.payload.count
                } else {
                    articleBytes += event.payload.count
                }
            }
        }
        return Result(
            events: events, statements: statements, seconds: seconds, cpuSeconds: cpuSeconds, payloadBytes: articleBytes + statementBytes,
            articlePayloadBytes: articleBytes, statementPayloadBytes: statementBytes)
    }
}
