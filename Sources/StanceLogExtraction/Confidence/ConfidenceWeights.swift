public import Foundation
public import StanceLogCore

/// The fitted weights of the confidence scorer: `confidence-weights.json`.
///
/// Written at development time by `Scripts/fit-confidence` (an L2-regularised logistic
/// regression over ``CandidateSignals/features``, fitted on `../shared/corpus` only) and
/// committed, so the program computes confidence without fitting anything.
///
/// ```json
/// {"model": "logistic", "bias": -0.4, "weights": {"holder.subject": 0.9, "cue.flipped": -0.3},
///  "threshold": null, "fittedOn": "corpus: 128 articles, 290 statements", "rules": "rules@1.4.0"}
/// ```
public struct ConfidenceWeights: Hashable, Sendable, Codable {
    /// Always `logistic`: confidence = sigmoid(bias + Σ weight × feature).
    public let model: String
    public let bias: Double
    /// A weight per feature name; a feature without a weight counts 0.
    public let weights: [String: Double]
    /// Statements scoring below it are dropped; null keeps every statement.
    public let threshold: Double?
    /// The data the weights were fitted on, for the record.
    public let fittedOn: String
    /// The extractor identity (`rules@1.4.0`) whose signals were fitted.
    public let rules: String

    public init(model: String = "logistic", bias: Double, weights: [String: Double], threshold: Double? = nil, fittedOn: String, rules: String) {
        self.model = model
        self.bias = bias
        self.weights = weights
        self.threshold = threshold
        self.fittedOn = fittedOn
        self.rules = rules
    }

    /// Decodes and checks a weights file.
    ///
    /// - Parameter source: how to name the input in an error message.
    /// - Throws: ``StanceLogError`` `invalidInput` naming the missing or malformed key, an unknown
    ///   feature name, a weight that is not finite, or a threshold outside 0…1.
    public static func decode(_ data: Data, source: String) throws -> ConfidenceWeights {
        let weights: ConfidenceWeights
        do {
            weights = try JSONDecoder().decode(ConfidenceWeights.self, from: data)
        } catch let error as DecodingError {
            throw StanceLogError(
                .invalidInput, "confidence weights \(source) are malformed: \(CodebookSyntax.describe(error, in: data))",
                hint: "regenerate them with Scripts/fit-confidence")
        } catch {
            throw StanceLogError(
                .invalidInput, "confidence weights \(source) are not valid JSON: \(error)",
                hint: "regenerate them with Scripts/fit-confidence")
        }
        if let problem = weights.firstProblem() {
            throw StanceLogError(
                .invalidInput, "confidence weights \(source) are invalid: \(problem)",
                hint: "regenerate them with Scripts/fit-confidence")
        }
        return weights
    }

    private func firstProblem() -> String? {
        if model != "logistic" { return "key 'model' is \"\(model)\"; the only model is \"logistic\"" }
        if !bias.isFinite { return "key 'bias' is not a finite number" }
        let known = Set(CandidateSignals.featureNames)
        for (name, weight) in weights.sorted(by: { $0.key < $1.key }) {
            if !known.contains(name) {
                return "key 'weights.\(name)' is no signal the rules compute (known: \(CandidateSignals.featureNames.joined(separator: ", ")))"
            }
            if !weight.isFinite { return "key 'weights.\(name)' is not a finite number" }
        }
        if let threshold, !(0...1).contains(threshold) { return "key 'threshold' is \(threshold); it must lie in 0…1 or be null" }
        return nil
    }
}
