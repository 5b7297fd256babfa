import ArgumentParser
import StanceLogAPI
import StanceLogCore
import StanceLogExtraction
import StanceLogReport
import StanceLogSQLite
import StanceLogTimeline

extension StanceLog {
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one self-contained HTML report: what changed, a lane per party per topic, the diff, the state and the sources.",
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
            help: "Start of the valid-time window (default: the first statement's date); earlier history is drawn as the stance at this date.",
            transform: DateArgument.parse)
        var from: PartialDate?

        @Option(
            help: "End of the window (default: the last statement's date).", transform: DateArgument.parse)
        var to: PartialDate?

        @Option(help: "Only this party (repeatable; any case).")
        var party: [PartyID] = []

        @Option(help: "Only this topic (repeatable).")
        var topic: [TopicID] = []

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp(
                "Report what the log knew then: a sequence number or an ISO 8601 time (UTC without an offset).",
                valueName: "seq|time"))
        var asOfText: String?

        func validate() throws {
            if let from, let to, from.startDay > to.endDay {
                throw StanceLogError(.invalidInput, "--from \(from) is after --to \(to)", hint: "swap the dates")
            }
            if let asOfText, AsOfArgument.parse(asOfText) == nil {
                throw StanceLogError(
                    .invalidInput, "--as-of '\(asOfText)' is neither a sequence number nor a time",
                    hint: "write \(AsOfArgument.forms)")
            }
        }

        func run() async throws {
            let codebook = try self.codebook.load()
            let sink = try OutputSink(path: out, protecting: store.path)
            let log = try await store.openForReading()
            let queries = try await log.caughtUpQueries()
            let (parties, topics) = try await VocabularyCheck.resolve(
                parties: party, topics: topic, codebook: codebook, queries: queries)
            let asOf = asOfText.flatMap(AsOfArgument.parse)
            if let asOf, let note = try await StoreOptions.beyondEnd(asOf, in: log.store) { printError(note) }
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
                from: from, to: to, filter: StanceFilter(parties: Set(parties), topics: Set(topics)), asOf: asOf,
                logPosition: position)
            if position > 0, let event = try await log.store.read(EventQuery(fromSequence: position, limit: 1)).first {
                model.head = "\(position):\(event.hash)"
            }
            model.textTitles = try await Self.textTitles(of: model.articles, in: log.store)
            try sink.write(HTMLReport(model: model).render())
            try sink.close()
            printText(
                "wrote \(out): \(counted(model.topics.count, "topic")), \(counted(model.articles.count, "article")), "
                    + "log up to event \(position)")
        }

        /// The lead's first sentence (``LeadTitle``) of each article that has no title, read from its text.
        private static func textTitles(of articles: [CatalogArticle], in store: any EventStore) async throws
            -> [ArticleID: String]
        {
            var titles: [ArticleID: String] = [:]
            for article in articles where article.title == nil {
                let events = try await store.read(EventQuery(limit: 1, types: [.articleIngested], articleID: article.id))
                guard let event = events.first, case .articleIngested(let ingested) = try event.decoded() else { continue }
                titles[article.id] = LeadTitle.derive(from: ingested.text)
            }
            return titles
        }
    }
}
