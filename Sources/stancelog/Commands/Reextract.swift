import ArgumentParser
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest

extension StanceLog {
    struct Reextract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-read every article with the current extractor and codebook.",
            discussion: """
                For each article last read by another extractor version or codebook, appends the new \
                statements and an ExtractionSuperseded event; nothing is deleted, and projections use \
                the latest extraction plus analyst statements and corrections. Articles already read \
                by the current extractor are left alone.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions

        func run() async throws {
            let extractor = RuleBasedExtractor(codebook: try codebook.load())
            let outcomes = try await Reextractor(store: try await store.open(), extractor: extractor).reextractAll()
            var changed = 0
            for outcome in outcomes {
                guard let previous = outcome.previous else { continue }
                changed += 1
                print("re-extracted article \(outcome.article.short): \(previous.key) → \(extractor.identity.key), \(outcome.statements) statements")
            }
            print(
                changed == 0
                    ? "nothing to do: all \(outcomes.count) articles are read by \(extractor.identity.key)"
                    : "\(changed) of \(outcomes.count) articles re-extracted")
        }
    }
}
