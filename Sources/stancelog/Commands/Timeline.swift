import ArgumentParser
import StanceLogCore
import StanceLogTimeline

extension StanceLog {
    struct Timeline: QueryCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every change of stance over valid time, with its evidence and article.",
            discussion: """
                Without --party/--topic, every timeline. --format json prints an array of points in date \
                order, each {party, topic, date, stance (integer), previous (integer or null), evidence, \
                article, statementId, speaker, attribution, statements}.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var query: QueryOptions

        @Flag(name: .customLong("every-point"), help: "Also list dates whose combined stance did not change.")
        var everyPoint = false

        func answer(from queries: any StanceQuerying) async throws -> String {
            let points = try await queries.timeline(
                filter: query.filter, asOf: query.asOf, changesOnly: !everyPoint)
            switch query.format {
            case .json:
                return try QueryOutput.json(points)
            case .table, .markdown:
                guard !points.isEmpty else { return "no statements for this selection" }
                let rows = points.map { point in
                    [
                        point.date.description, point.party.rawValue, point.topic.rawValue,
                        QueryOutput.change(from: point.previous, to: point.stance), point.stance.label,
                        point.attribution.rawValue, point.speaker ?? "", point.article.short,
                        QueryOutput.quote(point.evidence),
                    ]
                }
                return QueryOutput.render(
                    ["DATE", "PARTY", "TOPIC", "CHANGE", "STANCE", "ATTRIBUTION", "SPEAKER", "ARTICLE", "EVIDENCE"],
                    rows, markdown: query.format == .markdown)
            }
        }
    }
}
