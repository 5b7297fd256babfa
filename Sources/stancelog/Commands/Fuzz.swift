import ArgumentParser
import StanceLogExtraction
import StanceLogFuzzing
import StanceLogIngest

extension StanceLog {
    struct Fuzz: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Developer tool: feed hostile inputs through reading and extraction (build with -c release).",
            discussion: """
                Generates random bytes, cut and mutated seed articles, a 5 MB line, a 50 MB file, quotes nested \
                thousands deep, thousands of parties in one sentence, long words, digits, control characters \
                and exotic Unicode, and prepares each as `ingest` would. Fails (status 1) when an input takes \
                more CPU time than its bound or the peak RSS passes 1 GiB; a hung input ends the run with \
                status 3. Failing inputs are saved under --out. `Scripts/fuzz` builds release and runs this.
                """,
            shouldDisplay: false)

        @Option(help: "The seed: the same seed gives the same inputs.")
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("Seconds to keep generating inputs after one of each kind.", valueName: "seconds"))
        var budget: Double = 60

        @Option(help: ArgumentHelp("A folder of real .txt articles to cut and mutate (repeatable).", valueName: "dir"))
        var corpus: [String] = ["seeds"]

        @Option(help: ArgumentHelp("Where inputs that break a bound are saved.", valueName: "dir"))
        var out = ".build/fuzz"

        @OptionGroup var codebook: CodebookOptions

        func validate() throws {
            guard budget.isFinite, budget >= 0, budget <= 86_400 else {
                throw ValidationError("--budget \(budget) is not a number of seconds between 0 and 86400")
            }
        }

        func run() async throws {
            let seeds = try InputCollector().collect(corpus).map(\.bytes)
            let runner = FuzzRunner(
                preparer: ArticlePreparer(extractor: RuleBasedExtractor(codebook: try codebook.load())),
                generator: HostileInputGenerator(seed: seed, seeds: seeds), limits: .release)
            let recorder = FuzzRecorder(folder: out, seed: seed)
            let watchdog = FuzzWatchdog(recorder: recorder)
            watchdog.start()
            let report = runner.run(budgetSeconds: budget, watchdog: watchdog, recorder: recorder)
            print(report.render())
            guard report.passed else { throw ExitCode(1) }
        }
    }
}
