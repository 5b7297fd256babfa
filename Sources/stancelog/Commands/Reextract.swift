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
                the latest extraction plus analyst statements and corrections. Retractions and \
                corrections carry over to the re-extracted statement that says the same thing (same \
                party, topic and an evidence sentence in common). Prints per article the statements \
                added, dropped and changed; --dry-run prints the same and writes nothing.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions
        @OptionGroup var quiet: QuietOption

        @Flag(name: .long, help: "Print what would change and write nothing.")
        var dryRun = false

        func run() async throws {
            let extractor = RuleBasedExtractor(codebook: try codebook.load())
            quiet.say(
                codebook.codebook.map { "using codebook \($0) (\(extractor.identity.codebook))" }
                    ?? "using the bundled codebook \(extractor.identity.codebook) (give --codebook FILE for another)")
            let meter = quiet.meter("reextract: articles")
            let log = try await store.open()
            let outcomes = try await Reextractor(store: log, extractor: extractor)
                .reextractAll(dryRun: dryRun, progress: { meter.update($0) })
            meter.finish()
            if !dryRun { try await store.catchUpProjections(of: log) }
            var changed = 0
            for outcome in outcomes {
                guard let previous = outcome.previous else { continue }
                changed += 1
                quiet.say(ReextractionSummary.lines(for: outcome, from: previous, to: extractor.identity, dryRun: dryRun))
            }
            let verb = dryRun ? "would be re-extracted (dry run: nothing written)" : "re-extracted"
            quiet.say(
                changed == 0
                    ? "nothing to do: " + (outcomes.count == 1 ? "the article is" : "all \(outcomes.count) articles are")
                        + " read by \(extractor.identity.key)"
                    : "\(changed) of \(counted(outcomes.count, "article")) \(verb)")
        }
    }
}
