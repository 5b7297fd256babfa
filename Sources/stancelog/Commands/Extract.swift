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
                FILEs: an array of {file, published, statements}. --format csv: one row per statement with \
                its file and the article's publication date.
                """)

        @OptionGroup var codebook: CodebookOptions

        @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "file"))
        var files: [String]

        @Option(
            help: "The publication date for every input (default: manifest.json beside it, else the text).",
            transform: DateArgument.parse)
        var date: PartialDate?

        @Option(help: "table, json or csv.")
        var format: OutputFormat = .table

        @OptionGroup var display: DisplayOptions

        @Flag(help: "Also show, per sentence that raises a topic, the cues, parties and topic mentions found and, for each pair of topic and cue, the holder, the rule that found it, negation, attribution, and why a pair was rejected.")
        var explain = false

        func run() async throws {
            let extractor = RuleBasedExtractor(codebook: try codebook.load())
            let inputs = try InputCollector().collect(files) { printError("warning: \($0)") }
            if explain {
                try printExplanations(inputs.map { ($0.name, try NormalizedText.decode($0.bytes, source: $0.displayName)) }, extractor)
                return
            }
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
                printData(String(decoding: data, as: UTF8.self))
            case .csv:
                printData(
                    QueryOutput.csv(
                        [
                            "file", "published", "party", "topic", "stance", "attribution", "speaker", "date", "confidence",
                            "start", "end", "evidence",
                        ],
                        articles.flatMap { article in
                            article.statements.map { view in
                                [
                                    article.file, article.published ?? "", view.party, view.topic, String(view.stance),
                                    view.attribution, view.speaker ?? "", view.date ?? "", String(view.confidence),
                                    view.start.map(String.init) ?? "", view.end.map(String.init) ?? "", view.evidence,
                                ]
                            }
                        }))
            case .table:
                let layout = display.layout
                for article in articles {
                    printText(
                        layout.fit(
                            "\(article.file) (published \(article.published ?? "unknown")): "
                                + counted(article.statements.count, "statement")))
                    if !article.statements.isEmpty { printText(table(article.statements, layout: layout)) }
                    print("")
                }
            }
        }

        private func table(_ views: [ExtractedStatementView], layout: TextLayout) -> String {
            var table = TextTable(columns: [
                .init("PARTY"), .init("TOPIC"), .init("STANCE"), .init("ATTRIBUTION", optional: 2),
                .init("SPEAKER", flexible: true, optional: 3), .init("DATE"), .init("CONF", optional: 1),
                .init("EVIDENCE", flexible: true),
            ])
            for view in views {
                table.append([
                    view.party, view.topic, view.stance > 0 ? "+\(view.stance)" : "\(view.stance)", view.attribution,
                    view.speaker ?? "-", view.date ?? "null", "\(view.confidence)",
                    view.evidence.clipped(to: layout.evidenceLimit(80)),
                ])
            }
            return layout.render(table)
        }

        private func printExplanations(_ texts: [(String, NormalizedText)], _ extractor: RuleBasedExtractor) throws {
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let value = texts.map { ExplainedArticle(file: $0.0, sentences: extractor.explain($0.1)) }
                printData(String(decoding: try encoder.encode(value), as: UTF8.self))
            case .csv:
                throw ValidationError("--explain prints a table or JSON: use --format table or --format json")
            case .table:
                for (name, text) in texts {
                    let statements = extractor.extract(from: text)
                    printText("\(name): " + counted(statements.count, "statement"))
                    for explanation in extractor.explain(text) { printText(explanation.render(indent: "  ")) }
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

/// One article's explanations in `extract --explain --format json`.
private struct ExplainedArticle: Encodable {
    let file: String
    let sentences: [SentenceExplanation]
}
