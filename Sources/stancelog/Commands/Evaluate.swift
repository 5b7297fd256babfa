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

        func run() async throws {
            let extractor = RuleBasedExtractor(codebook: try codebook.load())
            let report = try Evaluator.evaluate(directory: URL(fileURLWithPath: directory), extractor: extractor)
            switch format {
            case .table:
                print(report.renderTable())
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            }
        }
    }
}
