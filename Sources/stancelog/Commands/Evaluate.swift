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
                overall, per topic and per party, then each false positive and false negative with its sentence.
                """)

        @OptionGroup var codebook: CodebookOptions

        @Argument(help: "A folder of X.txt articles with X.gold.json annotations.")
        var directory: String

        @Option(help: "table or json.")
        var format: OutputFormat = .table

        @Flag(help: "Under each false negative, show what the rules saw in its sentence (as extract --explain does).")
        var explain = false

        func run() async throws {
            let extractor = RuleBasedExtractor(codebook: try codebook.load())
            let pairs = try Evaluator.pairs(in: URL(fileURLWithPath: directory))
            let report = Evaluator.evaluate(pairs, extractor: extractor)
            switch format {
            case .table:
                print(report.renderTable())
                if explain { printExplanations(report, pairs, extractor) }
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            }
        }
    }
}

extension StanceLog.Evaluate {
    /// Each false negative with the explanation of the article sentence its gold evidence lies in.
    fileprivate func printExplanations(_ report: EvaluationReport, _ pairs: [Evaluator.Pair], _ extractor: RuleBasedExtractor) {
        let texts = Dictionary(pairs.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
        var cache: [String: [SentenceExplanation]] = [:]
        print("")
        print("false negatives explained (\(report.falseNegatives.count)):")
        for item in report.falseNegatives {
            let stance = item.stance > 0 ? "+\(item.stance)" : "\(item.stance)"
            print("  \(item.article)  \(item.party) \(item.topic) \(stance)")
            guard let text = texts[item.article] else { continue }
            if cache[item.article] == nil { cache[item.article] = extractor.explain(text) }
            let probe = String(item.sentence.prefix(60))
            if let found = cache[item.article]?.first(where: { $0.sentence.contains(probe) || item.sentence.contains($0.sentence) }) {
                print(found.render(indent: "    "))
            } else {
                print("    \(item.sentence)")
                print("      no topic found in this sentence (or it is not split as one sentence)")
            }
        }
    }
}
