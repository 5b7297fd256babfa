import ArgumentParser
import StanceLogAPI
import StanceLogCore
import StanceLogIngest

extension StanceLog {
    struct Append: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record one statement by hand (an analyst's annotation).")

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions
        @OptionGroup var analyst: AnalystOptions

        @Option(help: "The article id (a unique prefix of at least 8 hex digits; see `stancelog log --type ArticleIngested`).")
        var article: String

        @Option(help: "The party holding the stance (any case), e.g. UA.")
        var party: PartyID

        @Option(help: "The topic, e.g. territory.")
        var topic: TopicID

        @Option(parsing: .unconditional, help: "The stance, -2 (rejects) … +2 (demands).")
        var stance: Int

        @Option(help: "direct, reported or inferred.")
        var attribution: Attribution = .direct

        @Option(help: "Who voiced it, e.g. Selenskyj.")
        var speaker: String?

        @Option(help: "The sentence that shows the stance.")
        var evidence: String

        @Option(help: "When it was said (default: the article's publication date).", transform: DateArgument.parse)
        var date: PartialDate?

        func validate() throws {
            _ = try StanceOption.parse(stance)
        }

        func run() async throws {
            let log = try await store.open()
            let codebook = try self.codebook.load()
            let desk = AnalystDesk(store: log, codebook: codebook)
            let party = try VocabularyCheck.party(party, in: codebook)
            let topic = try VocabularyCheck.topic(topic, in: codebook)
            let statement = try await desk.append(
                AnalystStatement(
                    article: try await IDResolver(store: log).article(article), party: party, topic: topic, stance: try StanceOption.parse(stance),
                    attribution: attribution, speaker: speaker, evidence: evidence, date: date),
                by: analyst.analyst)
            try await store.catchUpProjections(of: log)
            printText("appended statement \(statement.statementID): \(party) \(topic) \(statement.stance)")
        }
    }
}
