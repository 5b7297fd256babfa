import ArgumentParser
import StanceLogCore
import StanceLogTimeline

extension StanceLog {
    struct Diff: QueryCommand {
        static let configuration = CommandConfiguration(
            abstract: "How each party's stance on each topic differs between two dates, and what changed between.",
            discussion: """
                Dates count at the end of their period. --format json prints an array of rows {party, topic, \
                from, to, change, changed, statementsBetween, changes}; from and to are {stance (integer or \
                null), date, evidence, article, statementId, speaker, attribution, statements}; change is \
                to − from (null when either is unknown); changes lists the change points after FROM up to TO.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var query: QueryOptions

        @Argument(help: "The earlier date.", transform: DateArgument.parse)
        var from: PartialDate

        @Argument(help: "The later date.", transform: DateArgument.parse)
        var to: PartialDate

        @Flag(name: .customLong("changed-only"), help: "Only timelines whose stance changed between the dates.")
        var changedOnly = false

        func validate() throws {
            guard from.endDay <= to.endDay else {
                throw StanceLogError(
                    .invalidInput, "FROM \(from) is after TO \(to)", hint: "give the earlier date first: diff \(to) \(from)")
            }
        }

        func answer(from queries: any StanceQuerying) async throws -> String {
            let rows = try await queries.diff(from: from, to: to, asOf: query.asOf, filter: query.filter)
                .filter { !changedOnly || $0.changed }
            switch query.format {
            case .json:
                return try QueryOutput.json(rows)
            case .table, .markdown:
                guard !rows.isEmpty else { return "no stances known by \(to) for this selection" }
                let markdown = query.format == .markdown
                let table = rows.map { row in
                    [
                        row.party.rawValue, row.topic.rawValue, QueryOutput.stance(row.from.stance),
                        QueryOutput.stance(row.to.stance), row.change.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "new",
                        row.changes.map { "\($0.stance) (\($0.date))" }.joined(separator: " → "),
                        String(row.statementsBetween),
                    ]
                }
                let evidence = rows.flatMap { row -> [String] in
                    var lines = ["\(row.party) \(row.topic):"]
                    if row.from.stance != nil {
                        lines.append("  from \(QueryOutput.quote(row.from.evidence, limit: 160)) (\(QueryOutput.source(row.from)))")
                    }
                    for point in row.changes {
                        lines.append(
                            "  \(QueryOutput.change(from: point.previous, to: point.stance)) on \(point.date): "
                                + "\(QueryOutput.quote(point.evidence, limit: 160)) (\(point.article.short))")
                    }
                    lines.append("  to   \(QueryOutput.quote(row.to.evidence, limit: 160)) (\(QueryOutput.source(row.to)))")
                    guard markdown else { return lines }
                    return ["- **\(row.party) \(row.topic)**"] + lines.dropFirst().map { "  - " + $0.trimmingPrefix("  ") }
                }
                return [
                    QueryOutput.render(
                        ["PARTY", "TOPIC", "AT \(from)", "AT \(to)", "CHANGE", "CHANGES BETWEEN", "STATEMENTS BETWEEN"],
                        table, markdown: markdown),
                    "", markdown ? "Evidence:\n" : "Evidence:",
                ].joined(separator: "\n") + "\n" + evidence.joined(separator: "\n")
            }
        }
    }
}
