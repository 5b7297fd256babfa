import ArgumentParser
import Foundation
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest

extension StanceLog {
    struct Extract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the statements found in articles, without storing anything.",
            discussion: """
                With one FILE and --format json: a JSON array of statement objects with the gold files' keys \
                (party, topic, stance as an integer, attribution, speaker, evidence) plus start, end \
                (Unicode-scalar offsets of the first evidence), evidenceSpans, confidence, date (the \
                statement's valid date, else the article's; null when unknown) and extractor. With several \
                FILEs: an array of {file, published, statements}.
                """)

        @OptionGroup var codebook: CodebookOptions

        @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "file"))
        var files: [String]

        @Option(
            help: "The publication date for every input (default: manifest.json beside it, else the text).",
            transform: DateArgument.parse)
        var date: PartialDate?

        @Option(help: "json or table.")
        var format: OutputFormat = .table

        func run() async throws {
            let extractor = RuleBasedExtractor(codebook: try codebook.load())
            let inputs = try InputCollector().collect(files)
            var articles: [ExtractedArticle] = []
            for input in inputs {
                let text = try NormalizedText.decode(input.bytes, source: input.displayName)
                let published = try PublicationDate.of(input, option: date, found: { ArticleReader().metadata(of: text).published })?.date
                articles.append(
                    ExtractedArticle(
                        file: input.name, published: published.map(\.description),
                        statements: ExtractedStatementView.views(of: text, extractor: extractor, published: published)))
            }
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data =
                    articles.count == 1 && files.count == 1 && !isFolder(files[0])
                    ? try encoder.encode(articles[0].statements) : try encoder.encode(articles)
                print(String(decoding: data, as: UTF8.self))
            case .table:
                for article in articles {
                    print("\(article.file) (published \(article.published ?? "unknown")): \(article.statements.count) statements")
                    if !article.statements.isEmpty { print(ExtractedStatementView.renderTable(article.statements)) }
                    print("")
                }
            }
        }

        private func isFolder(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}

/// One article's statements in `extract --format json` for several files.
private struct ExtractedArticle: Encodable {
    let file: String
    let published: String?
    let statements: [ExtractedStatementView]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(published, forKey: .published)
        try container.encode(statements, forKey: .statements)
    }

    enum CodingKeys: String, CodingKey { case file, published, statements }
}
