import ArgumentParser
import StanceLogCore
import StanceLogExtraction
import StanceLogReport
import StanceLogSQLite
import StanceLogTimeline

extension StanceLog {
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one self-contained HTML report: stance charts, the diff, the state matrix and the sources.",
            discussion: """
                The file loads nothing from the network and needs no JavaScript: charts are inline SVG, \
                and each statement's tooltip shows date, party, speaker, stance, attribution and evidence. \
                The same log and options give the same bytes.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions

        @Option(help: "The HTML file to write.")
        var out: String = "report.html"

        @Option(
            help: "Start of the valid-time window (default: 1 January of the first statement's year).",
            transform: DateArgument.parse)
        var from: PartialDate?

        @Option(
            help: "End of the window (default: 31 December of the last statement's year).", transform: DateArgument.parse)
        var to: PartialDate?

        @Option(help: "Only this party (repeatable).")
        var party: [PartyID] = []

        @Option(help: "Only this topic (repeatable).")
        var topic: [TopicID] = []

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp("Report what the log knew then: a sequence number or an ISO 8601 UTC time.", valueName: "seq|timestamp"))
        var asOfText: String?

        func validate() throws {
            if let from, let to, from.startDay > to.endDay {
                throw StanceLogError(.invalidInput, "--from \(from) is after --to \(to)", hint: "swap the dates")
            }
            if let asOfText, AsOf(asOfText) == nil {
                throw StanceLogError(
                    .invalidInput, "--as-of '\(asOfText)' is neither a sequence number nor an ISO 8601 time",
                    hint: "write --as-of 42 or --as-of 2025-11-23T09:40:00Z")
            }
        }

        func run() async throws {
            let codebook = try self.codebook.load()
            let sink = try OutputSink(path: out, protecting: store.path)
            let log = try store.openLog()
            let queries = try await log.caughtUpQueries()
            try await VocabularyCheck.check(parties: party, topics: topic, codebook: codebook, queries: queries)
            let asOf = asOfText.flatMap(AsOf.init)
            let position: Int64
            if let asOf {
                position = try await queries.sequence(at: asOf)
            } else {
                position = try await log.store.lastPosition()
            }
            let builder = ReportBuilder(
                queries: queries,
                parties: codebook.parties.map { ReportParty(id: $0.id, name: $0.name) },
                topics: codebook.topics.map { ReportBuilder.Topic(id: $0.id, question: $0.question) })
            var model = try await builder.build(
                from: from, to: to, filter: StanceFilter(parties: Set(party), topics: Set(topic)), asOf: asOf,
                logPosition: position)
            if position > 0, let event = try await log.store.read(EventQuery(fromSequence: position, limit: 1)).first {
                model.head = "\(position):\(event.hash)"
            }
            try sink.write(HTMLReport(model: model).render())
            try sink.close()
            print("wrote \(out): \(model.topics.count) topics, \(model.articles.count) articles, log up to event \(position)")
        }
    }
}
