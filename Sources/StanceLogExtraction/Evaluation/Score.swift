/// Precision, recall and F1 from counts of true positives, false positives and false negatives.
public struct Score: Hashable, Sendable, Codable {
    public let truePositives: Int
    public let falsePositives: Int
    public let falseNegatives: Int
    public let precision: Double
    public let recall: Double
    public let f1: Double

    /// Computes the ratios; an empty denominator counts as 1 (nothing predicted is nothing wrong).
    public init(truePositives: Int, falsePositives: Int, falseNegatives: Int) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        let predicted = truePositives + falsePositives
        let expected = truePositives + falseNegatives
        precision = predicted == 0 ? 1 : Double(truePositives) / Double(predicted)
        recall = expected == 0 ? 1 : Double(truePositives) / Double(expected)
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}
