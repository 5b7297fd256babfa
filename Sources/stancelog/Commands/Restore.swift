import ArgumentParser
import StanceLogCore
import StanceLogIngest

extension StanceLog {
    struct Restore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Restore a withdrawn article: it and its statements count again.",
            discussion: """
                Appends an ArticleRestored event: the article and the statements that counted \
                before its withdrawal return to every projection, query and report (an --as-of \
                between withdrawal and restoration still leaves them out); `log` shows the event. \
                Ingesting a withdrawn article's text again never restores it.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions
        @OptionGroup var analyst: AnalystOptions

        @Argument(help: "The article id (a unique prefix of at least 8 hex digits).")
        var article: String

        @Option(help: "Why the article is restored.")
        var reason: String

        func validate() throws {
            guard !reason.allSatisfy(\.isWhitespace) else {
                throw ValidationError("--reason is empty; say why the article is restored")
            }
        }

        func run() async throws {
            let log = try await store.open()
            let desk = AnalystDesk(store: log, codebook: try codebook.load())
            let restored = try await desk.restore(
                try await IDResolver(store: log).article(article), reason: reason, by: analyst.analyst)
            try await store.catchUpProjections(of: log)
            print("restored article \(restored.articleID.short): it and its statements count again")
        }
    }
}
