import ArgumentParser
import StanceLogAPI
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest

extension StanceLog {
    struct Log: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List events in sequence order.",
            discussion: """
                --format json prints a JSON array of event objects with seq, type, stream, version, \
                schemaVersion, recordedAt, payload, prevHash and hash (the same objects as `export`). \
                --format csv prints one row per event: seq, recordedAt, type, stream, version, \
                schemaVersion, article, summary, hash.
                """)

        @OptionGroup var store: StoreOptions

        @Option(help: "Only events of this type (ArticleIngested, PositionStated, …).")
        var type: [EventType] = []

        @Option(help: "Only events of this article (a unique prefix of at least 8 hex digits).")
        var article: String?

        @Option(help: "Every event about this statement, with the curation carried over to or from it (prefix allowed).")
        var statement: String?

        @Option(help: "Only events about this party (any case).")
        var party: PartyID?

        @Option(name: .customLong("from-seq"), help: "Start at this sequence number.")
        var fromSeq: Int64 = 1

        @Option(help: "At most this many events.")
        var limit: Int?

        @Option(help: "table, json or csv.")
        var format: OutputFormat = .table

        @OptionGroup var display: DisplayOptions

        func run() async throws {
            let log = try await store.openEventsForReading()
            let party = self.party.map { (try? VocabularyCheck.party($0, in: Codebook.bundled())) ?? $0 }
            let resolver = IDResolver(store: log)
            var articleID: ArticleID?
            if let article { articleID = try await resolver.article(article) }
            var events: [RecordedEvent]
            if let statement {
                events = try await StatementHistory(store: log).events(about: try await resolver.statement(statement))
                    .filter {
                        $0.sequence >= fromSeq && (type.isEmpty || type.contains($0.type))
                            && (articleID == nil || $0.index.articleID == articleID)
                            && (party == nil || $0.index.party == party)
                    }
                if let limit { events = Array(events.prefix(max(limit, 0))) }
            } else {
                events = try await log.read(
                    EventQuery(
                        fromSequence: fromSeq, limit: limit, types: type.isEmpty ? nil : Set(type),
                        articleID: articleID, party: party))
            }
            switch format {
            case .json:
                printData("[" + events.map(JSONLinesExchange.line(for:)).joined(separator: ",\n") + "]")
            case .csv:
                printData(
                    QueryOutput.csv(
                        ["seq", "recordedAt", "type", "stream", "version", "schemaVersion", "article", "summary", "hash"],
                        events.map { event in
                            [
                                String(event.sequence), event.recordedAt.iso8601, event.type.rawValue,
                                event.stream.rawValue, String(event.streamVersion), String(event.schemaVersion),
                                event.index.articleID.rawValue, EventSummary.describe(event), event.hash,
                            ]
                        }))
            case .table:
                let layout = display.layout
                var table = TextTable(columns: [
                    .init("SEQ"), .init("RECORDED", optional: 1), .init("TYPE"), .init("ARTICLE", optional: 2),
                    .init("DETAILS", flexible: true, floor: 44),
                ])
                for event in events {
                    table.append([
                        String(event.sequence), event.recordedAt.iso8601, event.type.rawValue,
                        event.index.articleID.short,
                        EventSummary.describe(event).clipped(to: layout.evidenceLimit(160)),
                    ])
                }
                if !events.isEmpty { printText(layout.render(table)) }
                printText(events.isEmpty ? "no events" + (fromSeq > 1 ? " from seq \(fromSeq) on" : "") + " for this selection" : counted(events.count, "event"))
            }
        }
    }
}
