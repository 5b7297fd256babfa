import ArgumentParser
import StanceLogCore
import StanceLogIngest

extension StanceLog {
    struct Retract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw a statement; it stays in the log but no longer counts.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions
        @OptionGroup var analyst: AnalystOptions

        @Argument(help: "The statement id (st-…; a unique prefix of at least 8 hex digits will do).")
        var statement: String

        @Option(help: "Why the statement is withdrawn.")
        var reason: String

        func validate() throws {
            guard !reason.allSatisfy(\.isWhitespace) else {
                throw ValidationError("--reason is empty; say why the statement is withdrawn")
            }
        }

        func run() async throws {
            let log = try await store.open()
            let desk = AnalystDesk(store: log, codebook: try codebook.load())
            let retracted = try await desk.retract(try await IDResolver(store: log).statement(statement), reason: reason, by: analyst.analyst)
            try await store.catchUpProjections(of: log)
            printText("retracted statement \(retracted.statementID) (article \(retracted.articleID.short))")
        }
    }
}
