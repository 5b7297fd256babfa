import ArgumentParser
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest

extension StanceLog {
    struct Ingest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Append articles and the statements found in them to the log.",
            discussion: """
                PATH is a .txt file, a folder of .txt files, or - for standard input. A manifest.json \
                beside the files supplies dates, outlets and URLs. All inputs are checked before \
                anything is written, so a bad file anywhere writes nothing. New articles are then \
                written \(Ingestor.defaultArticlesPerTransaction) per transaction, each article whole with \
                all its statements: an ingest that is interrupted keeps what it committed, and running \
                it again adds the rest. An article already in the log adds nothing, also when another \
                stancelog process adds it at the same time.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions

        @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
        var paths: [String]

        @Option(help: "The publication date for every input, overriding manifest and text.", transform: DateArgument.parse)
        var date: PartialDate?

        @Option(help: "The outlet for every input.")
        var outlet: String?

        @Option(help: "The URL for every input.")
        var url: String?

        @Option(
            help: ArgumentHelp(
                "Articles extracted at once (default: one per core, here \(ArticlePreparer.defaultJobs)); the log written is the same for any number.",
                valueName: "n"))
        var jobs: Int = ArticlePreparer.defaultJobs

        @OptionGroup var quiet: QuietOption

        func validate() throws {
            guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more, not \(jobs)") }
        }

        func run() async throws {
            let collection = try InputCollector().gather(paths) { printError("warning: \($0)") }
            for name in collection.unnamable {
                printError("skipped  \(name): the file name is not UTF-8, so the log could not name it; rename the file to ingest it")
            }
            let inputs = collection.inputs
            let extractor = RuleBasedExtractor(codebook: try codebook.load())
            let log = try await store.open(create: true)
            let ingestor = Ingestor(store: log, preparer: ArticlePreparer(extractor: extractor), jobs: jobs)
            let reading = quiet.meter("ingest: reading articles", total: inputs.count)
            let writing = quiet.meter("ingest: writing articles")
            let outcomes = try await ingestor.ingest(
                inputs, overrides: IngestOverrides(date: date, outlet: outlet, url: url),
                progress: { step in
                    switch step {
                    case .read(let done, let total): reading.update(done, of: total)
                    case .written(let done, let total):
                        reading.finish()
                        writing.update(done, of: total)
                    }
                })
            reading.finish()
            writing.finish()
            try await store.catchUpProjections(of: log)
            var added = 0
            var statements = 0
            for outcome in outcomes {
                switch outcome {
                case .added(let name, let article, let count):
                    added += 1
                    statements += count
                    let dated = try await Self.dated(article, in: log)
                    quiet.say("added    \(name): article \(article.short), \(counted(count, "statement"))\(dated)")
                case .alreadyIngested(let name, let article):
                    let withdrawn = try await Self.withdrawnNote(article, in: log)
                    quiet.say("skipped  \(name): already in the log as article \(article.short)\(withdrawn)")
                case .alreadyIngestedWithDifferences(let name, let article, let differences):
                    let withdrawn = try await Self.withdrawnNote(article, in: log)
                    quiet.say(
                        "skipped  \(name): already in the log as article \(article.short)\(withdrawn), "
                            + "but \(differences.joined(separator: "; "))")
                case .repeatedInBatch(let name, let article, let firstName):
                    quiet.say("skipped  \(name): same text as \(firstName) (article \(article.short))")
                }
            }
            if added == 0 {
                quiet.say(
                    outcomes.count == 1
                        ? "nothing new: the article is already in the log"
                        : "nothing new: all \(outcomes.count) articles are already in the log")
            } else {
                quiet.say(
                    "\(counted(added, "article")) added with \(counted(statements, "statement")); "
                        + "\(outcomes.count - added) skipped")
            }
        }

        /// ` (withdrawn; …)` for an article withdrawn and not restored: ingesting it again never restores it.
        private static func withdrawnNote(_ article: ArticleID, in log: any EventStore) async throws -> String {
            let events = try await log.read(EventQuery(types: [.articleWithdrawn, .articleRestored], articleID: article))
            guard Withdrawal.inForce(in: events) != nil else { return "" }
            return " (withdrawn; ingesting it again does not restore it: `stancelog restore \(article.short) --reason …` does)"
        }

        /// ", published 2025-02-12 (manifest)": the date the article got and where it came from.
        private static func dated(_ article: ArticleID, in log: any EventStore) async throws -> String {
            let first = try await log.read(EventQuery(limit: 1, types: [.articleIngested], articleID: article))
            guard let recorded = first.first, case .articleIngested(let ingested) = try recorded.decoded() else {
                return ""
            }
            return ", published \(ingested.published) (\(ingested.dateSource.rawValue))"
        }
    }
}
