import ArgumentParser
import StanceLogAPI
import StanceLogCore
import StanceLogTimeline

extension StanceLog {
    struct Diff: QueryCommand {
        static let configuration = CommandConfiguration(
            abstract: "How each party's stance on each topic moved between two dates, with the evidence at both ends.",
            discussion: """
                Dates count at the end of their period. Each row is labelled: new (unknown at FROM), \
                unchanged, hardened (further from 0 in the same direction, or from 0 to a side), softened \
                (closer to 0), reversed (the sign changed) or round trip (the same stance at both ends, but \
                it moved in between). --format json prints an array of rows {party, topic, from, to, change, \
                changed, label, statementsBetween, changes}; from and to are {stance (integer or null), date, \
                validEnd, evidence, article, title, outlet, url, statementId, speaker, attribution, \
                statements}; change is to − from (null when either is unknown); changes lists the change \
                points after FROM up to TO. With --summary the rows keep their ends, change, changed, label \
                and statementsBetween, and JSON leaves out changes (its cost is then a few index look-ups \
                per timeline, whatever the log's length). --format csv: one row per (party, topic), the ends as from.* and \
                to.* columns. Each evidence line shows its origin: [ext 0.90] (extracted, with the \
                extractor's confidence), [analyst] or [corrected].
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var query: QueryOptions

        @Argument(help: "The earlier date.", transform: DateArgument.parse)
        var from: PartialDate

        @Argument(help: "The later date.", transform: DateArgument.parse)
        var to: PartialDate

        @Flag(name: .customLong("changed-only"), help: "Only timelines whose stance changed between the dates.")
        var changedOnly = false

        @Flag(help: "Only the ends, whether the stance moved and the statements between: no list of change points (fast on any log).")
        var summary = false

        func validate() throws {
            guard from.endDay <= to.endDay else {
                throw StanceLogError(
                    .invalidInput, "FROM \(from) is after TO \(to)", hint: "give the earlier date first: diff \(to) \(from)")
            }
        }

        func answer(from queries: any StanceQuerying, filter: StanceFilter) async throws -> String {
            let all =
                summary
                ? try await queries.diffSummary(from: from, to: to, asOf: query.asOf, filter: filter)
                : try await queries.diff(from: from, to: to, asOf: query.asOf, filter: filter)
            let rows = all.filter { !changedOnly || $0.changed }
            switch query.format {
            case .json:
                let sources = try await ArticleSources.load(queries, asOf: query.asOf, of: rows)
                return try QueryOutput.json(rows.map { DiffRowOutput(row: $0, sources: sources, summary: summary) })
            case .csv:
                let sources = try await ArticleSources.load(queries, asOf: query.asOf, of: rows)
                let header =
                    ["party", "topic", "label", "change", "changed", "statementsBetween", "changes"]
                    + CSVColumns.reading.map { "from." + $0 } + CSVColumns.reading.map { "to." + $0 }
                return QueryOutput.csv(
                    header,
                    rows.map { row in
                        [
                            row.party.rawValue, row.topic.rawValue, row.move?.rawValue ?? "",
                            row.change.map(String.init) ?? "", String(row.changed), String(row.statementsBetween),
                            summary ? "" : row.changes.map { "\($0.date) \($0.stance)" }.joined(separator: "; "),
                        ] + CSVColumns.values(row.from, sources: sources) + CSVColumns.values(row.to, sources: sources)
                    })
            case .table, .markdown:
                let asOf = query.asOf.map { " as of \($0)" } ?? ""
                guard !all.isEmpty else { return "no stances known by \(to)\(query.selection(filter))" + asOf }
                guard !rows.isEmpty else {
                    return "nothing changed between \(from) and \(to)\(query.selection(filter))\(asOf): "
                        + "\(counted(all.count, "timeline")) compared, "
                        + (all.count == 1 ? "its stance the same at both dates" : "each stance the same at both dates")
                }
                return render(rows, markdown: query.format == .markdown)
            }
        }

        private func render(_ rows: [DiffRow], markdown: Bool) -> String {
            let layout = query.layout
            let table = rows.map { row in
                [
                    row.party.rawValue, row.topic.rawValue, QueryOutput.stance(row.from.stance),
                    QueryOutput.stance(row.to.stance), row.move?.rawValue ?? "",
                    row.change.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "",
                    summary ? "" : row.changes.map { "\($0.stance) (\($0.date))" }.joined(separator: " → "),
                    String(row.statementsBetween),
                ]
            }
            let evidence = rows.flatMap { row -> [String] in
                var lines = ["\(row.party) \(row.topic): \(row.move?.rawValue ?? "")"]
                if row.from.stance != nil {
                    lines.append(
                        "  from \(QueryOutput.originTag(row.from.origin, confidence: row.from.confidence))\(QueryOutput.quote(row.from.evidence, limit: 160, layout: layout)) (\(QueryOutput.source(row.from)))")
                }
                for point in summary ? [] : row.changes {
                    lines.append(
                        "  \(QueryOutput.change(from: point.previous, to: point.stance)) on \(point.date): "
                            + "\(QueryOutput.originTag(point.origin, confidence: point.confidence))"
                            + "\(QueryOutput.quote(point.evidence, limit: 160, layout: layout)) (\(point.article.short))")
                }
                lines.append(
                    "  to   \(QueryOutput.originTag(row.to.origin, confidence: row.to.confidence))\(QueryOutput.quote(row.to.evidence, limit: 160, layout: layout)) (\(QueryOutput.source(row.to)))")
                guard markdown else { return lines.map(layout.fit) }
                return ["- **\(row.party) \(row.topic)**: \(row.move?.rawValue ?? "")"]
                    + lines.dropFirst().map { "  - " + $0.trimmingPrefix("  ") }
            }
            return [
                QueryOutput.render(
                    [
                        .init("PARTY"), .init("TOPIC"), .init("AT \(from)"), .init("AT \(to)"), .init("MOVE"),
                        .init("CHANGE", optional: 2), .init("CHANGES BETWEEN", flexible: true, optional: 3),
                        .init("STATEMENTS BETWEEN", optional: 1),
                    ], table, markdown: markdown, layout: layout),
                "", markdown ? "Evidence:\n" : "Evidence:",
            ].joined(separator: "\n") + "\n" + evidence.joined(separator: "\n")
        }
    }
}
