import StanceLogCore
import StanceLogIngest

/// Stage 1: reads articles the way `stancelog ingest` does (decode, normalise, identify, date, extract),
/// with `jobs` articles at once (``ArticlePreparer/prepareAll(_:jobs:overridesOf:progress:)``, as
/// `ingest --jobs`).
struct ExtractionStage {
    struct Result {
        let articles: Int
        let bytes: Int
        let seconds: Double
        let statementsWritten: Int
        let statementsFound: Int
    }

    let preparer: ArticlePreparer

    func run(_ corpus: [SyntheticArticle], jobs: Int) async throws -> Result {
        let inputs = corpus.map { ArticleInput(name: $0.fileName, bytes: Array($0.text.utf8)) }
        let dates = corpus.map { IngestOverrides(date: $0.published) }
        let watch = Stopwatch()
        let prepared = try await preparer.prepareAll(inputs, jobs: jobs, overridesOf: { dates[$0] })
        let seconds = watch.seconds
        let found = prepared.reduce(0) { $0 + $1.statements.count }
        return Result(
            articles: corpus.count, bytes: inputs.reduce(0) { $0 + $1.bytes.count }, seconds: seconds,
            statementsWritten: corpus.reduce(0) { $0 + $1.statements.count }, statementsFound: found)
    }
}
