import ArgumentParser
import StanceLogAPI
import StanceLogCore
import StanceLogTimeline

extension StanceLog {
    struct Timeline: QueryCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every change of stance over valid time, with its evidence and article.",
            discussion: """
                Without --party/--topic, every timeline. A point counts at the end of its date's period \
                (validEnd); --from and --to keep the points counting inside the window, --limit N the \
                first N of them (by date, then party and topic), read without touching the others. --format json \
                prints an array of points in date order, each {party, topic, date, validEnd, stance \
                (integer), previous (integer or null), evidence, article, title, outlet, url, statementId, \
                speaker, attribution, statements, origin (extracted, analyst or corrected), confidence}; \
                --format csv the same keys as columns. The table's ORIGIN shows `ext 0.90` (extracted, with \
                the extractor's confidence), `analyst` or `corrected`.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var query: QueryOptions

        @Flag(name: .customLong("every-point"), help: "Also list dates whose combined stance did not change.")
        var everyPoint = false

        @Option(help: "Only points counting on or after this date (its first day).", transform: DateArgument.parse)
        var from: PartialDate?

        @Option(help: "Only points counting on or before this date (its last day).", transform: DateArgument.parse)
        var to: PartialDate?

        @Option(help: ArgumentHelp("At most this many points, the earliest first.", valueName: "n"))
        var limit: Int?

        func validate() throws {
            if let limit, limit < 1 {
                throw StanceLogError(.invalidInput, "--limit \(limit) is below 1", hint: "give --limit 1 or more, or leave it out")
            }
            if let from, let to, from.startDay > to.endDay {
                throw StanceLogError(
                    .invalidInput, "--from \(from) is after --to \(to)", hint: "give the earlier date to --from")
            }
        }

        func answer(from queries: any StanceQuerying, filter: StanceFilter) async throws -> String {
            let points = try await queries.timeline(
                filter: filter, asOf: query.asOf, changesOnly: !everyPoint,
                window: TimelineWindow(from: from, to: to, limit: limit))
            switch query.format {
            case .json:
                let sources = try await ArticleSources.load(queries, asOf: query.asOf, of: points)
                return try QueryOutput.json(points.map { SourcedOutput($0, sources: sources) })
            case .csv:
                let sources = try await ArticleSources.load(queries, asOf: query.asOf, of: points)
                return QueryOutput.csv(CSVColumns.point, points.map { CSVColumns.values($0, sources: sources) })
            case .table, .markdown:
                guard !points.isEmpty else { return "no statements\(query.selection(filter))\(window)" + (query.asOf.map { " as of \($0)" } ?? "")
                }
                let layout = query.layout
                let rows = points.map { point in
                    [
                        point.date.description, point.party.rawValue, point.topic.rawValue,
                        QueryOutput.change(from: point.previous, to: point.stance),
                        QueryOutput.origin(point.origin, confidence: point.confidence), point.stance.label,
                        point.attribution.rawValue, point.speaker ?? "", point.article.short,
                        QueryOutput.quote(point.evidence, layout: layout),
                    ]
                }
                return QueryOutput.render(
                    [
                        .init("DATE"), .init("PARTY"), .init("TOPIC"), .init("CHANGE"), .init("ORIGIN"),
                        .init("STANCE", optional: 4), .init("ATTRIBUTION", optional: 3),
                        .init("SPEAKER", flexible: true, optional: 1), .init("ARTICLE", optional: 2),
                        .init("EVIDENCE", flexible: true, floor: 16),
                    ], rows, markdown: query.format == .markdown, layout: layout)
            }
        }

        /// ` between 2025-01-01 and 2025-12-31`, or empty without a window.
        private var window: String {
            switch (from, to) {
            case (let from?, let to?): " between \(from) and \(to)"
            case (let from?, nil): " from \(from) on"
            case (nil, let to?): " up to \(to)"
            case (nil, nil): ""
            }
        }
    }
}
