import ArgumentParser
import Foundation
import StanceLogCore
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
                and exotic Unicode, and prepares each as `ingest` would. Then reads the worst-case kinds again \
                with the hostile codebook (cue phrases at the validator's gap bound), and runs the crafted-import \
                corpus (logs that hash correctly but make no sense) through import's validation. Fails (status 1) \
                when an input takes more CPU time than its bound, the peak RSS passes 1 GiB, or a crafted log is \
                not refused at its first bad event; a hung input ends the run with status 3. Failing inputs are \
                saved under --out. `Scripts/fuzz` builds release and runs this.
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
            let base = try codebook.load()
            let generator = HostileInputGenerator(seed: seed, seeds: seeds)
            let runner = FuzzRunner(
                preparer: ArticlePreparer(extractor: RuleBasedExtractor(codebook: base)), generator: generator, limits: .release)
            let recorder = FuzzRecorder(folder: out, seed: seed)
            let watchdog = FuzzWatchdog(recorder: recorder)
            watchdog.start()
            let report = runner.run(budgetSeconds: budget, watchdog: watchdog, recorder: recorder)
            print(report.render())
            let hostile = FuzzRunner(
                preparer: ArticlePreparer(extractor: RuleBasedExtractor(codebook: try HostileCodebook.make(from: base))),
                generator: HostileInputGenerator(seed: seed, seeds: seeds, sizes: HostileCodebook.sizes),
                limits: HostileCodebook.limits)
            let hostileReport = hostile.run(
                budgetSeconds: 0, kinds: [.gapBait, .cueStorm, .repeatedStatement, .partyList, .mutatedSeed, .hugeLine],
                watchdog: watchdog, recorder: recorder)
            print(
                "with the hostile codebook (cue phrases of \(HostileCodebook.worstPhrase.split(separator: " ").count) parts, "
                    + "3 gaps; inputs up to 1 MB, bound 0.5 s + 12 s per MB):")
            print(hostileReport.render())
            let parties = base.parties.map(\.id)
            let topics = base.topics.map(\.id)
            let vocabulary = try codebook.vocabulary()
            let crafted = try await CraftedImportCheck(
                vocabulary: vocabulary, codebook: base.identity, party: parties[0], topic: topics[0]
            ).violations(now: RecordTime(Date()))
            print(
                crafted.isEmpty
                    ? "PASS: \(CraftedLog.allCases.count) crafted imports, each refused at its first bad event (the sound one accepted)"
                    : "FAIL: \(crafted.count) crafted import(s) misjudged")
            for line in crafted { print("  " + line) }
            guard report.passed, hostileReport.passed, crafted.isEmpty else { throw ExitCode(1) }
        }
    }
}
