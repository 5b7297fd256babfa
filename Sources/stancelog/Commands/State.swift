import ArgumentParser
import StanceLogCore
import StanceLogTimeline

extension StanceLog {
    struct State: QueryCommand {
        static let configuration = CommandConfiguration(
            abstract: "The party × topic matrix of stances at a date, each with its latest evidence.",
            discussion: """
                A partial date means the end of its period: --at 2025-02 is the state on 2025-02-28. \
                --format json prints an array of cells {party, topic, stance (integer or null), date, \
                evidence, article, statementId, speaker, attribution, statements}.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var query: QueryOptions

        @Option(help: "The valid date to look at.", transform: DateArgument.parse)
        var at: PartialDate

        func answer(from queries: any StanceQuerying) async throws -> String {
            let cells = try await queries.state(at: at, asOf: query.asOf, filter: query.filter)
            switch query.format {
            case .json:
                return try QueryOutput.json(cells)
            case .table, .markdown:
                return render(cells, markdown: query.format == .markdown)
            }
        }

        private func render(_ cells: [StateCell], markdown: Bool) -> String {
            guard !cells.isEmpty else { return "no statements in the log yet" + (query.asOf.map { " as of \($0)" } ?? "") }
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
            let matrix = QueryOutput.render(["PARTY"] + topics.map(\.rawValue), rows, markdown: markdown)
            let evidence = cells.filter { $0.reading.stance != nil }.map { cell in
                let line = "\(cell.party) \(cell.topic) \(QueryOutput.stance(cell.reading.stance)): "
                    + "\(QueryOutput.quote(cell.reading.evidence, limit: 160)) (\(QueryOutput.source(cell.reading)))"
                return markdown ? "- " + line : "  " + line
            }
            let title = "State at \(at) (counted at \(Self.day(at.endDay)))" + (query.asOf.map { ", as of \($0)" } ?? "")
            return ([markdown ? "### " + title : title, "", matrix, "", markdown ? "Evidence:\n" : "Evidence:"]
                + evidence).joined(separator: "\n")
        }

        private static func day(_ value: Int) -> String {
            PartialDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)?.description ?? String(value)
        }
    }
}
