import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

@Suite struct ConfidenceScorerTests {
    private func confidences(_ raw: String) throws -> [String: Double] {
        let statements = try Fixtures.extractor().extract(from: try Fixtures.text(raw))
        return Dictionary(
            statements.map { ("\($0.party) \($0.topic) \($0.stance.value)", $0.confidence) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func theBundledWeightsLoadAndNameOnlyKnownSignals() throws {
        let scorer = try ConfidenceScorer.bundled()
        #expect(scorer.weights.model == "logistic")
        #expect(scorer.weights.rules.hasPrefix("rules@"))
        #expect(scorer.weights.fittedOn.contains("corpus"))
        #expect(!scorer.weights.weights.isEmpty)
        #expect(Set(scorer.weights.weights.keys).isSubset(of: CandidateSignals.featureNames))
        #expect(try Fixtures.extractor().scorer == scorer)
    }

    @Test(arguments: [
        (#"{"model": "logistic", "weights": {}, "fittedOn": "x", "rules": "r"}"#, "missing key 'bias'"),
        (#"{"model": "logistic", "bias": 0, "weights": {"cue.strong": "high"}, "fittedOn": "x", "rules": "r"}"#, "wrong type at weights.cue.strong"),
        (#"{"model": "logistic", "bias": 0, "weights": {"holder.telepathy": 1}, "fittedOn": "x", "rules": "r"}"#, "key 'weights.holder.telepathy' is no signal"),
        (#"{"model": "logistic", "bias": 0, "weights": {}, "threshold": 2, "fittedOn": "x", "rules": "r"}"#, "key 'threshold' is 2.0"),
        (#"{"model": "forest", "bias": 0, "weights": {}, "fittedOn": "x", "rules": "r"}"#, "key 'model' is \"forest\""),
        (#"{"model": "logistic", "bias": 0,"#, "not valid JSON"),
    ])
    func aMalformedWeightsFileIsRefusedNamingTheKey(json: String, expected: String) throws {
        do {
            _ = try ConfidenceWeights.decode(Data(json.utf8), source: "weights.json")
            Issue.record("expected \(json) to be refused")
        } catch let error as StanceLogError {
            #expect(error.code == .invalidInput)
            #expect(error.message.contains("weights.json"))
            #expect(error.message.contains(expected), "\(error.message)")
        }
    }

    @Test func aMissingWeightsFileIsNamed() throws {
        let url = URL(fileURLWithPath: "/nonexistent/confidence-weights.json")
        #expect(throws: StanceLogError.self) { try ConfidenceScorer.load(contentsOf: url) }
    }

    @Test func theSameTextGivesTheSameConfidences() throws {
        let text = """
            Selenskyj fordert Sicherheitsgarantien. Der Kreml lehnt einen Nato-Beitritt der Ukraine strikt ab. \
            Kiew sagte, man wolle „keine Sicherheitsgarantien ohne die USA“ akzeptieren.
            """
        let first = try Fixtures.extractor().extract(from: try Fixtures.text(text)).map(\.confidence)
        let second = try Fixtures.extractor().extract(from: try Fixtures.text(text)).map(\.confidence)
        #expect(!first.isEmpty)
        #expect(first == second)
        #expect(first.allSatisfy { $0 > 0 && $0 < 1 && ($0 * 100).rounded() / 100 == $0 })
    }

    @Test func aSubjectWithItsCueScoresAboveANegatedCueWhoseHolderIsAnEarlierClausesSubject() throws {
        // A German holder: the Kremlin's no on territory is the claimant's, which turns to a yes (rules@1.12.0).
        let strong = try confidences("Die Bundesregierung verlangt Gebietsabtretungen.")
        let weak = try confidences("Die Bundesregierung, so hieß es weiter, sei nicht bereit, Gebietsabtretungen zu verlangen.")
        let strongValue = try #require(strong["DE territory 2"])
        let weakValue = try #require(weak["DE territory -1"])
        #expect(strongValue > weakValue)
    }

    @Test func aStanceContradictedInTheSameArticleScoresBelowAnUncontestedOne() throws {
        let plain = try confidences("Die Ukraine fordert Sicherheitsgarantien.")
        let contested = try confidences("Die Ukraine fordert Sicherheitsgarantien. Später lehnte die Ukraine Sicherheitsgarantien ab.")
        let plainValue = try #require(plain["UA security_guarantees 2"])
        let contestedValue = try #require(contested["UA security_guarantees 2"])
        #expect(contestedValue < plainValue)
    }

    @Test func aThresholdDropsTheStatementsBelowItButTheFittingRowsKeepThem() throws {
        let bundled = try ConfidenceScorer.bundled().weights
        let strict = ConfidenceScorer(
            weights: ConfidenceWeights(bias: bundled.bias, weights: bundled.weights, threshold: 0.99, fittedOn: "test", rules: bundled.rules))
        let extractor = RuleBasedExtractor(codebook: try Codebook.bundled(), scorer: strict)
        let text = try Fixtures.text("Selenskyj fordert Sicherheitsgarantien.")
        #expect(extractor.extract(from: text).isEmpty)
        #expect(extractor.scoredStatements(from: text).count == 1)
    }

    @Test func explainShowsTheSignalsAndConfidenceOfEachPair() throws {
        let explanations = try Fixtures.extractor().explain(try Fixtures.text("Selenskyj fordert Sicherheitsgarantien."))
        let decision = try #require(explanations.first?.decisions.first)
        let signals = try #require(decision.signals)
        #expect(signals.holderRule == "subject")
        #expect(signals.cueKind == "predicate")
        #expect(decision.confidence != nil)
        #expect(explanations[0].render().contains("signals: cue predicate +2, holder subject @0"))
    }

    /// A test on real input that fails if the weights were random: over the corpus, the statements the
    /// gold confirms score higher on average than the false positives.
    @Test(.enabled(if: Fixtures.hasCorpus)) func theCorpusTrueStatementsScoreHigherThanItsFalsePositives() throws {
        let rows = Evaluator.labelledStatements(try Evaluator.pairs(in: Fixtures.corpus), extractor: try Fixtures.extractor())
        let truths = rows.filter { $0.label == "truePositive" }.map(\.confidence)
        let errors = rows.filter { $0.label == "falsePositive" }.map(\.confidence)
        try #require(truths.count > 50 && errors.count > 20)
        let truthMean = truths.reduce(0, +) / Double(truths.count)
        let errorMean = errors.reduce(0, +) / Double(errors.count)
        print("corpus mean confidence: true positives \(truthMean), false positives \(errorMean)")
        #expect(truthMean > errorMean + 0.01)
        #expect(Set(rows.flatMap(\.features.keys)).isSubset(of: CandidateSignals.featureNames))
    }
}
