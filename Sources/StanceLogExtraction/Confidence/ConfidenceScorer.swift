public import Foundation
public import StanceLogCore

/// Computes a statement's `confidence` from the rules' own signals with fixed, fitted weights.
///
/// confidence = sigmoid(bias + Σ weight × feature), rounded to two decimals, so the same text
/// always gives the same confidence. The weights come from `confidence-weights.json`, fitted
/// at development time on the corpus (``ConfidenceWeights``); the scorer never learns at run time.
public struct ConfidenceScorer: Hashable, Sendable {
    public let weights: ConfidenceWeights

    public init(weights: ConfidenceWeights) {
        self.weights = weights
    }

    /// The weights shipped with the program, read once per process.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` when the resource is missing or malformed.
    public static func bundled() throws -> ConfidenceScorer { try shipped.get() }

    /// Reads and checks a weights file.
    ///
    /// - Throws: ``StanceLogError`` `notFound` for an unreadable file, `invalidInput` naming the bad key.
    public static func load(contentsOf url: URL) throws -> ConfidenceScorer {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw StanceLogError(.notFound, "confidence weights \(url.path) are missing or unreadable", hint: "check the path")
        }
        return ConfidenceScorer(weights: try ConfidenceWeights.decode(data, source: url.path))
    }

    private static let shipped: Result<ConfidenceScorer, StanceLogError> = {
        guard let url = Bundle.module.url(forResource: "confidence-weights", withExtension: "json") else {
            return .failure(
                StanceLogError(
                    .notFound, "the bundled confidence-weights.json is missing from the installation",
                    hint: "reinstall stancelog (Scripts/install) so that its resource bundle is complete"))
        }
        do {
            return .success(try load(contentsOf: url))
        } catch let error as StanceLogError {
            return .failure(error)
        } catch {
            return .failure(
                StanceLogError(
                    .invalidInput, "the bundled confidence-weights.json cannot be read: \(error)",
                    hint: "reinstall stancelog (Scripts/install), or regenerate the file with Scripts/fit-confidence"))
        }
    }()

    /// The confidence of a candidate with these signals, in 0…1 with two decimals.
    public func confidence(of signals: CandidateSignals) -> Double {
        var sum = weights.bias
        // Sorted names: the same sum in the same order, whatever the dictionary's layout.
        for (name, value) in signals.features.sorted(by: { $0.key < $1.key }) {
            sum += (weights.weights[name] ?? 0) * value
        }
        let probability = 1 / (1 + exp(-sum))
        return (probability * 100).rounded() / 100
    }

    /// Whether a statement with this confidence is kept (always, when the weights set no threshold).
    public func keeps(_ confidence: Double) -> Bool {
        weights.threshold.map { confidence >= $0 } ?? true
    }
}

extension ConfidenceScorer {
    /// No weights: every statement 0.5. Stands in only when the bundled weights cannot be read.
    public static let unfitted = ConfidenceScorer(
        weights: ConfidenceWeights(bias: 0, weights: [:], fittedOn: "nothing", rules: "\(RuleBasedExtractor.name)@\(RuleBasedExtractor.version)"))
}
