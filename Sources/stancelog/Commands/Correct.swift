import ArgumentParser
import StanceLogCore
import StanceLogIngest

extension StanceLog {
    struct Correct: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct fields of a statement; the original stays in the log.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions

        @Argument(help: "The statement id (st-…).")
        var statement: StatementID

        @Option var party: PartyID?
        @Option var topic: TopicID?
        @Option(parsing: .unconditional, help: "-2 … +2.") var stance: Int?
        @Option var attribution: Attribution?
        @Option var speaker: String?
        @Option var evidence: String?
        @Option(transform: DateArgument.parse) var date: PartialDate?

        @Option(help: "Why the statement is corrected.")
        var reason: String

        func validate() throws {
            if let stance { _ = try StanceOption.parse(stance) }
        }

        func run() async throws {
            let desk = AnalystDesk(store: try await store.open(), codebook: try codebook.load())
            let corrected = try await desk.correct(
                statement,
                with: StatementAmendment(
                    party: party, topic: topic, stance: try stance.map(StanceOption.parse), attribution: attribution,
                    speaker: speaker, evidence: evidence, validDate: date, reason: reason))
            print("corrected statement \(corrected.statementID) (article \(corrected.articleID.short))")
        }
    }
}
