import Foundation

extension EvaluationReport {
    /// A plain-text report: overall, per topic and per party scores, then each error with its sentence.
    public func renderTable() -> String {
        var lines: [String] = []
        lines.append("extractor \(extractor), \(articles) articles")
        lines.append(row("", "P", "R", "F1", "TP", "FP", "FN"))
        lines.append(scoreRow("overall", overall))
        for (topic, score) in perTopic.sorted(by: { $0.key < $1.key }) { lines.append(scoreRow("topic \(topic)", score)) }
        for (party, score) in perParty.sorted(by: { $0.key < $1.key }) { lines.append(scoreRow("party \(party)", score)) }
        if let meanStanceDistance {
            lines.append("mean stance distance on true positives: \(String(format: "%.2f", meanStanceDistance))")
        }
        lines.append("")
        lines.append("false positives (\(falsePositives.count)):")
        lines += falsePositives.map(describe)
        lines.append("")
        lines.append("false negatives (\(falseNegatives.count)):")
        lines += falseNegatives.map(describe)
        return lines.joined(separator: "\n")
    }

    private func scoreRow(_ label: String, _ score: Score) -> String {
        row(
            label, String(format: "%.3f", score.precision), String(format: "%.3f", score.recall),
            String(format: "%.3f", score.f1), "\(score.truePositives)", "\(score.falsePositives)",
            "\(score.falseNegatives)")
    }

    private func row(_ label: String, _ columns: String...) -> String {
        label.padding(toLength: 30, withPad: " ", startingAt: 0)
            + columns.map { $0.padding(toLength: 7, withPad: " ", startingAt: 0) }.joined()
    }

    private func describe(_ item: ScoredItem) -> String {
        let stance = item.stance > 0 ? "+\(item.stance)" : "\(item.stance)"
        return "  \(item.article)  \(item.party) \(item.topic) \(stance)\n    \(item.sentence)"
    }
}
