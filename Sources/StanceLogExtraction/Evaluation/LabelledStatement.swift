import StanceLogCore

/// One extracted statement with its signals and whether the gold confirms it: the rows
/// `Scripts/fit-confidence` fits the confidence weights on (`evaluate --signals`).
public struct LabelledStatement: Hashable, Sendable, Codable {
    public let article: String
    public let party: String
    public let topic: String
    public let stance: Int
    /// `truePositive`, `falsePositive`, or `optional` (matches only an optional gold statement:
    /// neither, so it is left out of the fit).
    public let label: String
    /// The confidence the current weights give.
    public let confidence: Double
    public let signals: CandidateSignals
    /// ``CandidateSignals/features``, what the weights multiply.
    public let features: [String: Double]
}

extension Evaluator {
    /// Every statement `extractor` finds in `pairs`, before any confidence threshold, labelled by
    /// the scoring rule of ANNOTATION.md, in article order and then the extractor's order.
    public static func labelledStatements(_ pairs: [Pair], extractor: RuleBasedExtractor) -> [LabelledStatement] {
        pairs.flatMap { pair in
            let tuples = GoldTuples(article: pair.name, gold: pair.gold)
            return extractor.scoredStatements(from: pair.text).map { statement, signals in
                LabelledStatement(
                    article: pair.name, party: statement.party.rawValue, topic: statement.topic.rawValue,
                    stance: statement.stance.value, label: tuples.label(of: statement).rawValue,
                    confidence: statement.confidence, signals: signals, features: signals.features)
            }
        }
    }
}
