import ArgumentParser
import StanceLogAPI
import StanceLogCore
import StanceLogIngest

extension StanceLog {
    struct Correct: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct fields of a statement; the original stays in the log.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions
        @OptionGroup var analyst: AnalystOptions

        @Argument(help: "The statement id (st-…; a unique prefix of at least 8 hex digits will do).")
        var statement: String

        @Option(help: "The corrected party (any case), e.g. UA.") var party: PartyID?
        @Option(help: "The corrected topic, e.g. territory.") var topic: TopicID?
        @Option(parsing: .unconditional, help: "The corrected stance, -2 (rejects) … +2 (demands).") var stance: Int?
        @Option(help: "The corrected attribution: direct, reported or inferred.") var attribution: Attribution?
        @Option(help: "The corrected speaker, e.g. Selenskyj.") var speaker: String?
        @Option(help: "The corrected evidence sentence.") var evidence: String?
        @Option(help: "The corrected date the statement was made (YYYY, YYYY-MM or YYYY-MM-DD).", transform: DateArgument.parse)
        var date: PartialDate?

        @Option(help: "Why the statement is corrected.")
        var reason: String

        func validate() throws {
            if let stance { _ = try StanceOption.parse(stance) }
        }

        func run() async throws {
            let log = try await store.open()
            let codebook = try self.codebook.load()
            let desk = AnalystDesk(store: log, codebook: codebook)
            let corrected = try await desk.correct(
                try await IDResolver(store: log).statement(statement),
                with: StatementAmendment(
                    party: try party.map { try VocabularyCheck.party($0, in: codebook) },
                    topic: try topic.map { try VocabularyCheck.topic($0, in: codebook) },
                    stance: try stance.map(StanceOption.parse), attribution: attribution,
                    speaker: speaker, evidence: evidence, validDate: date, reason: reason),
                by: analyst.analyst)
            try await store.catchUpProjections(of: log)
            printText("corrected statement \(corrected.statementID) (article \(corrected.articleID.short))")
        }
    }
}
