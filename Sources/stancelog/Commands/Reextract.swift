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
        @OptionGroup var quiet: QuietOption

        func run() async throws {
            let extractor = RuleBasedExtractor(codebook: try codebook.load())
            let meter = quiet.meter("reextract: articles")
            let outcomes = try await Reextractor(store: try await store.open(), extractor: extractor)
                .reextractAll(progress: { meter.update($0) })
            meter.finish()
            var changed = 0
            for outcome in outcomes {
                guard let previous = outcome.previous else { continue }
                changed += 1
                quiet.say(
                    "re-extracted article \(outcome.article.short): \(previous.key) → \(extractor.identity.key), "
                        + counted(outcome.statements, "statement"))
            }
            quiet.say(
                changed == 0
                    ? "nothing to do: " + (outcomes.count == 1 ? "the article is" : "all \(outcomes.count) articles are")
                        + " read by \(extractor.identity.key)"
                    : "\(changed) of \(counted(outcomes.count, "article")) re-extracted")
        }
    }
}
