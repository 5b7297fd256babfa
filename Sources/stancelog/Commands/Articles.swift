import ArgumentParser
import Foundation
import StanceLogAPI
import StanceLogCore
import StanceLogTimeline

extension StanceLog {
    struct Articles: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the articles in the log: id, publication date, outlet, title, statement count.",
            discussion: """
                By publication date. --format json prints an array of {id, published, validEnd, outlet, \
                title, url, statements}; --format csv the same keys as columns. statements counts the \
                article's statements that count now (or at --as-of).
                """)

        @OptionGroup var store: StoreOptions

        @Option(help: "Only articles from this outlet (any case; part of the name is enough).")
        var outlet: String?

        @Option(help: "Only articles published on or after this date.", transform: DateArgument.parse)
        var from: PartialDate?

        @Option(help: "Only articles published on or before this date.", transform: DateArgument.parse)
        var to: PartialDate?

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp("List what the log held then: a sequence number or an ISO 8601 time.", valueName: "seq|time"))
        var asOfText: String?

        @Option(help: "table, json, markdown or csv.")
        var format: QueryFormat = .table

        @OptionGroup var display: DisplayOptions

        func validate() throws {
            if let asOfText, AsOfArgument.parse(asOfText) == nil {
                throw StanceLogError(
                    .invalidInput, "--as-of '\(asOfText)' is neither a sequence number nor a time",
                    hint: "write \(AsOfArgument.forms)")
            }
        }

        func run() async throws {
            let text = try await output()
            format.isData ? printData(text) : printText(text)
        }

        func output() async throws -> String {
            let queries = try await store.caughtUpQueries()
            let asOf = asOfText.flatMap(AsOfArgument.parse)
            let articles = try await queries.articles(asOf: asOf).filter { article in
                (outlet.map { wanted in article.outlet?.range(of: wanted, options: [.caseInsensitive, .diacriticInsensitive]) != nil } ?? true)
                    && (from.map { article.published.endDay >= $0.startDay } ?? true)
                    && (to.map { article.published.endDay <= $0.endDay } ?? true)
            }
            switch format {
            case .json:
                return try QueryOutput.json(articles.map(ArticleOutput.init))
            case .csv:
                return QueryOutput.csv(
                    ["id", "published", "validEnd", "outlet", "title", "url", "statements"],
                    articles.map { article in
                        [
                            article.id.rawValue, article.published.description, QueryOutput.day(article.published.endDay),
                            article.outlet ?? "", article.title ?? "", article.url ?? "", String(article.statements),
                        ]
                    })
            case .table, .markdown:
                guard !articles.isEmpty else {
                    return (outlet == nil && from == nil && to == nil) ? "no articles in the log yet" : "no articles for this selection"
                }
                let rows = articles.map { article in
                    [
                        article.id.short, article.published.description, article.outlet ?? "", String(article.statements),
                        article.title ?? "",
                    ]
                }
                let table = QueryOutput.render(
                    [.init("ARTICLE"), .init("DATE"), .init("OUTLET", flexible: true, optional: 1), .init("STATEMENTS"), .init("TITLE", flexible: true)],
                    rows, markdown: format == .markdown, layout: display.layout)
                let total = articles.map(\.statements).reduce(0, +)
                return table + "\n" + counted(articles.count, "article") + " with " + counted(total, "statement")
            }
        }
    }
}
