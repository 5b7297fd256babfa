import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

@Suite struct EvaluatorTests {
    @Test func seedsScoreAtLeastTheTargetF1() throws {
        let report = try Evaluator.evaluate(directory: Fixtures.seeds, extractor: Fixtures.extractor())
        print(report.renderTable())
        #expect(report.overall.f1 >= 0.85)
    }

    @Test(.enabled(if: Fixtures.hasCorpus)) func corpusScoresAtLeastTheTargetF1AndPrecision() throws {
        let report = try Evaluator.evaluate(directory: Fixtures.corpus, extractor: Fixtures.extractor())
        print(report.renderTable())
        #expect(report.overall.f1 >= 0.75)
        #expect(report.overall.precision >= 0.8)
    }
}
