import ArgumentParser
import Foundation
import StanceLogCore
import StanceLogExtraction

extension StanceLog {
    struct Evaluate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the extractor against gold annotations: precision, recall, F1, and every miss.",
            discussion: """
                Pairs each X.txt in DIR with X.gold.json and scores as ANNOTATION.md says: a predicted \
                statement matches a gold one when article, party and topic are equal and the stance has the \
                same sign; optional gold statements are neither rewarded nor punished. Prints the scores \
                overall, per topic and per party, then each false positive and false negative with its sentence. \
                --format csv prints one row per score (kind overall, topic or party) and per miss (kind \
                falsePositive or falseNegative), with the columns kind, key, precision, recall, f1, \
                truePositives, falsePositives, falseNegatives, article, party, topic, stance, sentence.
                """)

        @OptionGroup var codebook: CodebookOptions

        @Argument(help: "A folder of X.txt articles with X.gold.json annotations.")
        var directory: String

        @Option(help: "table, json or csv.")
        var format: OutputFormat = .table

        @Flag(help: "Under each false negative, show what the rules saw in its sentence (as extract --explain does).")
        var explain = false

        @Flag(
            help: ArgumentHelp(
                "Print every statement found, before any confidence threshold, with its signals and gold label, as JSON (what Scripts/fit-confidence fits on).",
                visibility: .hidden))
        var signals = false

        func run() async throws {
            let extractor = RuleBasedExtractor(codebook: try codebook.load())
            let pairs = try Evaluator.pairs(in: URL(fileURLWithPath: directory))
            if signals {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                printData(String(decoding: try encoder.encode(Evaluator.labelledStatements(pairs, extractor: extractor)), as: UTF8.self))
                return
            }
            let report = Evaluator.evaluate(pairs, extractor: extractor)
            switch format {
            case .table:
                let wrapper = LineWrapper(width: TerminalWidth.current())
                printText(wrapper.wrap(report.renderTable()))
                if explain { printExplanations(report, pairs, extractor, wrapper) }
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                printData(String(decoding: try encoder.encode(report), as: UTF8.self))
            case .csv:
                printData(Self.csv(report))
            }
        }

        /// The scores and misses as one RFC 4180 table.
        static func csv(_ report: EvaluationReport) -> String {
            func score(_ kind: String, _ key: String, _ score: Score) -> [String] {
                [
                    kind, key, String(format: "%.3f", score.precision), String(format: "%.3f", score.recall),
                    String(format: "%.3f", score.f1), String(score.truePositives), String(score.falsePositives),
                    String(score.falseNegatives), "", "", "", "", "",
                ]
            }
            func miss(_ kind: String, _ item: ScoredItem) -> [String] {
                [kind, "", "", "", "", "", "", "", item.article, item.party, item.topic, String(item.stance), item.sentence]
            }
            let rows =
                [score("overall", "", report.overall)]
                + report.perTopic.sorted { $0.key < $1.key }.map { score("topic", $0.key, $0.value) }
                + report.perParty.sorted { $0.key < $1.key }.map { score("party", $0.key, $0.value) }
                + report.falsePositives.map { miss("falsePositive", $0) }
                + report.falseNegatives.map { miss("falseNegative", $0) }
            return QueryOutput.csv(
                [
                    "kind", "key", "precision", "recall", "f1", "truePositives", "falsePositives", "falseNegatives",
                    "article", "party", "topic", "stance", "sentence",
                ], rows)
        }
    }
}

extension StanceLog.Evaluate {
    /// Each false negative with the explanation of the article sentence its gold evidence lies in.
    fileprivate func printExplanations(
        _ report: EvaluationReport, _ pairs: [Evaluator.Pair], _ extractor: RuleBasedExtractor, _ wrapper: LineWrapper
    ) {
        let texts = Dictionary(pairs.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
        var cache: [String: [SentenceExplanation]] = [:]
        print("")
        printText("false negatives explained (\(report.falseNegatives.count)):")
        for item in report.falseNegatives {
            let stance = item.stance > 0 ? "+\(item.stance)" : "\(item.stance)"
            printText("  \(item.article)  \(item.party) \(item.topic) \(stance)")
            guard let text = texts[item.article] else { continue }
            if cache[item.article] == nil { cache[item.article] = extractor.explain(text) }
            let probe = String(item.sentence.prefix(60))
            if let found = cache[item.article]?.first(where: { $0.sentence.contains(probe) || item.sentence.contains($0.sentence) }) {
                printText(wrapper.wrap(found.render(indent: "    ")))
            } else {
                printText(wrapper.wrap("    \(item.sentence)"))
                printText("      no topic found in this sentence (or it is not split as one sentence)")
            }
        }
    }
}
