import ArgumentParser
import StanceLogCore
import StanceLogIngest

extension StanceLog {
    struct Retract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw a statement; it stays in the log but no longer counts.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions

        @Argument(help: "The statement id (st-…).")
        var statement: StatementID

        @Option(help: "Why the statement is withdrawn.")
        var reason: String

        func validate() throws {
            guard !reason.allSatisfy(\.isWhitespace) else {
                throw ValidationError("--reason is empty; say why the statement is withdrawn")
            }
        }

        func run() async throws {
            let desk = AnalystDesk(store: try await store.open(), codebook: try codebook.load())
            let retracted = try await desk.retract(statement, reason: reason)
            printText("retracted statement \(retracted.statementID) (article \(retracted.articleID.short))")
        }
    }
}
