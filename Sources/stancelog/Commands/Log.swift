import ArgumentParser
import StanceLogCore

extension StanceLog {
    struct Log: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List events in sequence order.",
            discussion: """
                --format json prints a JSON array of event objects with seq, type, stream, version, \
                schemaVersion, recordedAt, payload, prevHash and hash (the same objects as `export`).
                """)

        @OptionGroup var store: StoreOptions

        @Option(help: "Only events of this type (ArticleIngested, PositionStated, …).")
        var type: [EventType] = []

        @Option(help: "Only events of this article (64 hex digits).")
        var article: ArticleID?

        @Option(help: "Only events about this party.")
        var party: PartyID?

        @Option(name: .customLong("from-seq"), help: "Start at this sequence number.")
        var fromSeq: Int64 = 1

        @Option(help: "At most this many events.")
        var limit: Int?

        @Option(help: "table or json.")
        var format: OutputFormat = .table

        func run() async throws {
            let log = try await store.open()
            let events = try await log.read(
                EventQuery(
                    fromSequence: fromSeq, limit: limit, types: type.isEmpty ? nil : Set(type), articleID: article,
                    party: party))
            switch format {
            case .json:
                print("[" + events.map(JSONLinesExchange.line(for:)).joined(separator: ",\n") + "]")
            case .table:
                var table = TextTable(["SEQ", "RECORDED", "TYPE", "ARTICLE", "DETAILS"])
                for event in events {
                    table.append([
                        String(event.sequence), event.recordedAt.iso8601, event.type.rawValue,
                        event.index.articleID.short, EventSummary.describe(event).clipped(to: 160),
                    ])
                }
                print(table.render())
                print("\(events.count) events")
            }
        }
    }
}
