import StanceLogCore
import StanceLogIngest

/// Stage 1: reads articles the way `stancelog ingest` does (decode, normalise, identify, date, extract), on one core.
struct ExtractionStage {
    struct Result {
        let articles: Int
        let bytes: Int
        let seconds: Double
        let statementsWritten: Int
        let statementsFound: Int
    }

    let preparer: ArticlePreparer

    func run(_ corpus: [SyntheticArticle]) throws -> Result {
        let inputs = corpus.map { ArticleInput(name: $0.fileName, bytes: Array($0.text.utf8)) }
        let dates = corpus.map { IngestOverrides(date: $0.published) }
        var found = 0
        let watch = Stopwatch()
        for (input, overrides) in zip(inputs, dates) {
            found += try preparer.prepare(input, overrides: overrides).statements.count
        }
        let seconds = watch.seconds
        return Result(
            articles: corpus.count, bytes: inputs.reduce(0) { $0 + $1.bytes.count }, seconds: seconds,
            statementsWritten: corpus.reduce(0) { $0 + $1.statements.count }, statementsFound: found)
    }
}
