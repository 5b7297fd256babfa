import ArgumentParser
import Foundation
import StanceLogAPI
import StanceLogCore
import StanceLogTimeline

extension StanceLog {
    struct State: QueryCommand {
        static let configuration = CommandConfiguration(
            abstract: "The party × topic matrix of stances at a date, each with its latest evidence.",
            discussion: """
                A partial date means the end of its period: --at 2025-02 is the state on 2025-02-28; without \
                --at, today (UTC). --format json prints an array of cells {party, topic, stance (integer or \
                null), date, validEnd, evidence, article, title, outlet, url, statementId, speaker, \
                attribution, statements, origin (extracted, analyst or corrected), confidence}; --format csv \
                the same keys as columns, one row per cell. Each evidence line begins with its origin: \
                [ext 0.90] (extracted, with the extractor's confidence), [analyst] or [corrected].
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var query: QueryOptions

        @Option(help: "The valid date to look at (default: today, UTC).", transform: DateArgument.parse)
        var at: PartialDate?


        func answer(from queries: any StanceQuerying, filter: StanceFilter) async throws -> String {
            let date = try at ?? Self.today()
            let cells = try await queries.state(at: date, asOf: query.asOf, filter: filter)
            switch query.format {
            case .json:
                let sources = try await ArticleSources.load(queries, asOf: query.asOf, of: cells)
                return try QueryOutput.json(cells.map { CellOutput($0, sources: sources) })
            case .csv:
                let sources = try await ArticleSources.load(queries, asOf: query.asOf, of: cells)
                return QueryOutput.csv(
                    ["party", "topic"] + CSVColumns.reading,
                    cells.map { [$0.party.rawValue, $0.topic.rawValue] + CSVColumns.values($0.reading, sources: sources) })
            case .table, .markdown:
                return render(cells, at: date, filter: filter, markdown: query.format == .markdown)
            }
        }

        private func render(_ cells: [StateCell], at date: PartialDate, filter: StanceFilter, markdown: Bool) -> String {
            let asOf = query.asOf.map { " as of \($0)" } ?? ""
            guard !cells.isEmpty else {
                if filter.parties.isEmpty && filter.topics.isEmpty { return "no statements in the log yet" + asOf }
                return "no statements\(query.selection(filter)) in the log" + asOf
            }
            let known = cells.filter { $0.reading.stance != nil }
            guard !known.isEmpty else {
                return "no stance known by \(date) (counted at \(QueryOutput.day(date.endDay)))\(query.selection(filter))"
                    + asOf + "; the first statements are dated later"
            }
            let layout = query.layout
            let topics = Array(Set(cells.map(\.topic))).sorted()
            let parties = Array(Set(cells.map(\.party))).sorted()
            let byKey = Dictionary(uniqueKeysWithValues: cells.map { ("\($0.party) \($0.topic)", $0) })
            let rows = parties.map { party in
                [party.rawValue]
                    + topics.map { topic in
                        guard let reading = byKey["\(party) \(topic)"]?.reading, let stance = reading.stance else {
                            return "–"
                        }
                        return "\(QueryOutput.stance(stance)) (\(reading.date.map(\.description) ?? ""))"
                    }
            }
            let matrix = QueryOutput.render(
                [TextTable.Column("PARTY")] + topics.map { TextTable.Column($0.rawValue) }, rows, markdown: markdown,
                layout: layout)
            let evidence = known.map { cell in
                let line = "\(cell.party) \(cell.topic) \(QueryOutput.stance(cell.reading.stance)): \(QueryOutput.originTag(cell.reading.origin, confidence: cell.reading.confidence))"
                    + "\(QueryOutput.quote(cell.reading.evidence, limit: 160, layout: layout)) (\(QueryOutput.source(cell.reading)))"
                return markdown ? "- " + line : layout.fit("  " + line)
            }
            let title = "State at \(date) (counted at \(QueryOutput.day(date.endDay)))" + (query.asOf.map { ", as of \($0)" } ?? "")
            return ([markdown ? "### " + title : title, "", matrix, "", markdown ? "Evidence:\n" : "Evidence:"]
                + evidence).joined(separator: "\n")
        }

        /// Today's date in UTC, the default of `--at`.
        ///
        /// - Throws: ``StanceLogError`` `invalidInput` when the clock is outside the years 1…9999.
        static func today(_ now: Date = Date()) throws -> PartialDate {
            try DateText.today(now, option: "--at")
        }
    }
}
