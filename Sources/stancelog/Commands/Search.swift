import ArgumentParser
import Foundation
import StanceLogAPI
import StanceLogCore
import StanceLogTimeline

extension StanceLog {
    struct Search: QueryCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find TEXT in the evidence of the statements that count and in article titles.",
            discussion: """
                Case and accents are ignored (nato finds NATO, Selenskyj finds Selenskyj). --party, --topic, \
                --from and --to narrow the statements (by the day their date counts at); --from and --to \
                also narrow the titles (by publication date). --format json prints {statements: [...], \
                articles: [...]}: statements with {party, topic, date, validEnd, stance, attribution, \
                speaker, evidence, article, title, outlet, url, statementId, reviewed}, articles as \
                `stancelog articles` prints them. --format csv: one row per hit, kind statement or title.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var query: QueryOptions

        @Argument(help: "The text to look for.")
        var text: String

        @Option(help: "Only statements counting on or after this date.", transform: DateArgument.parse)
        var from: PartialDate?

        @Option(help: "Only statements counting on or before this date.", transform: DateArgument.parse)
        var to: PartialDate?

        func validate() throws {
            guard !text.allSatisfy(\.isWhitespace) else {
                throw ValidationError("TEXT is empty; give a word or phrase to look for")
            }
        }

        private func matches(_ haystack: String?) -> Bool {
            haystack?.range(of: text, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }

        private func inWindow(_ date: PartialDate) -> Bool {
            (from.map { date.endDay >= $0.startDay } ?? true) && (to.map { date.endDay <= $0.endDay } ?? true)
        }

        func answer(from queries: any StanceQuerying, filter: StanceFilter) async throws -> String {
            guard let end = PartialDate(year: 9999, month: 12, day: 31) else { return "" }
            var statements: [StatementRecord] = []
            for cell in try await queries.state(at: end, asOf: query.asOf, filter: filter) where cell.reading.stance != nil {
                statements += try await queries.statements(party: cell.party, topic: cell.topic, asOf: query.asOf)
                    .filter { matches($0.evidence) && inWindow($0.date) }
            }
            statements.sort { ($0.date.endDay, $0.party, $0.topic, $0.statementID.rawValue) < ($1.date.endDay, $1.party, $1.topic, $1.statementID.rawValue) }
            let titles = try await queries.articles(asOf: query.asOf).filter { matches($0.title) && inWindow($0.published) }
            let sources = try await ArticleSources.load(queries, asOf: query.asOf, naming: statements.map(\.article))
            switch query.format {
            case .json:
                return try QueryOutput.json(SearchOutput(statements: statements, articles: titles, sources: sources))
            case .csv:
                let header = [
                    "kind", "date", "validEnd", "party", "topic", "stance", "speaker", "text", "article", "title", "outlet", "url",
                    "statementId",
                ]
                let rows =
                    statements.map { record -> [String] in
                        let article = sources[record.article]
                        return [
                            "statement", record.date.description, QueryOutput.day(record.date.endDay), record.party.rawValue,
                            record.topic.rawValue, String(record.stance.value), record.speaker ?? "", record.evidence,
                            record.article.rawValue, article?.title ?? "", article?.outlet ?? "", article?.url ?? "",
                            record.statementID.rawValue,
                        ]
                    }
                    + titles.map { article in
                        [
                            "title", article.published.description, QueryOutput.day(article.published.endDay), "", "", "", "",
                            article.title ?? "", article.id.rawValue, article.title ?? "", article.outlet ?? "",
                            article.url ?? "", "",
                        ]
                    }
                return QueryOutput.csv(header, rows)
            case .table, .markdown:
                return render(statements, titles, filter: filter, markdown: query.format == .markdown)
            }
        }

        private func render(_ statements: [StatementRecord], _ titles: [CatalogArticle], filter: StanceFilter, markdown: Bool) -> String {
            guard !statements.isEmpty || !titles.isEmpty else {
                return "no evidence or title contains '\(text)'\(query.selection(filter))"
            }
            let layout = query.layout
            var parts: [String] = []
            if !statements.isEmpty {
                parts.append(counted(statements.count, "statement") + " with '\(text)' in the evidence:")
                parts.append(
                    QueryOutput.render(
                        [
                            .init("DATE"), .init("PARTY"), .init("TOPIC"), .init("STANCE"),
                            .init("SPEAKER", flexible: true, optional: 1), .init("ARTICLE", optional: 2),
                            .init("EVIDENCE", flexible: true),
                        ],
                        statements.map { record in
                            [
                                record.date.description, record.party.rawValue, record.topic.rawValue,
                                QueryOutput.stance(record.stance), record.speaker ?? "", record.article.short,
                                QueryOutput.quote(record.evidence, limit: 160, layout: layout),
                            ]
                        }, markdown: markdown, layout: layout))
            }
            if !titles.isEmpty {
                if !parts.isEmpty { parts.append("") }
                parts.append(counted(titles.count, "article") + " with '\(text)' in the title:")
                parts.append(
                    QueryOutput.render(
                        [.init("ARTICLE"), .init("DATE"), .init("OUTLET", flexible: true, optional: 1), .init("TITLE", flexible: true)],
                        titles.map { [$0.id.short, $0.published.description, $0.outlet ?? "", $0.title ?? ""] },
                        markdown: markdown, layout: layout))
            }
            return parts.joined(separator: "\n")
        }
    }
}

/// `search --format json`.
private struct SearchOutput: Encodable {
    let statements: [StatementRecord]
    let articles: [CatalogArticle]
    let sources: ArticleSources

    enum CodingKeys: String, CodingKey { case statements, articles }

    struct Hit: Encodable {
        let record: StatementRecord
        let article: ArticleSource?

        enum CodingKeys: String, CodingKey {
            case party, topic, date, stance, attribution, speaker, evidence, article, statementId, reviewed
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(record.party, forKey: .party)
            try container.encode(record.topic, forKey: .topic)
            try container.encode(record.date, forKey: .date)
            try container.encode(record.stance, forKey: .stance)
            try container.encode(record.attribution, forKey: .attribution)
            try container.encode(record.speaker, forKey: .speaker)
            try container.encode(record.evidence, forKey: .evidence)
            try container.encode(record.article, forKey: .article)
            try container.encode(record.statementID, forKey: .statementId)
            try container.encode(record.reviewed, forKey: .reviewed)
            try SourceKeys(date: record.date, article: article).encode(to: encoder)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(statements.map { Hit(record: $0, article: sources[$0.article]) }, forKey: .statements)
        try container.encode(articles.map(ArticleOutput.init), forKey: .articles)
    }
}
