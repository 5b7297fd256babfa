import ArgumentParser
import StanceLogCore
import StanceLogIngest

extension StanceLog {
    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw an article ingested by mistake; it stays in the log but no longer counts.",
            discussion: """
                Appends an ArticleWithdrawn event: the article and all its statements leave every \
                projection, query and report (an --as-of before the withdrawal still shows them); \
                `log` shows the event.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions
        @OptionGroup var analyst: AnalystOptions

        @Argument(help: "The article id (a unique prefix of at least 8 hex digits).")
        var article: String

        @Option(help: "Why the article is withdrawn.")
        var reason: String

        func validate() throws {
            guard !reason.allSatisfy(\.isWhitespace) else {
                throw ValidationError("--reason is empty; say why the article is withdrawn")
            }
        }

        func run() async throws {
            let log = try await store.open()
            let desk = AnalystDesk(store: log, codebook: try codebook.load())
            let withdrawn = try await desk.withdraw(try await IDResolver(store: log).article(article), reason: reason, by: analyst.analyst)
            try await store.catchUpProjections(of: log)
            print("withdrew article \(withdrawn.articleID.short): it and its statements no longer count")
        }
    }
}
