import ArgumentParser
import Foundation
import StanceLogBenchmarks
import StanceLogExtraction
import StanceLogIngest
import StanceLogPostgres

extension StanceLog {
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure extraction, append, replay, queries and storage on a synthetic corpus (build with -c release).",
            discussion: """
                Runs on a deterministic synthetic corpus of German articles. `Scripts/bench` builds the \
                release binary, runs this, runs the Python peer and prints the merged table. \
                With --report FILE it only renders an earlier JSON report (merged with --peer FILE). \
                With --extraction-only it prints one line, the rule-based extraction throughput over the \
                articles of each --input folder replicated --rounds times on one core, by CPU time \
                (`Scripts/extraction-speed`). A full, quick or smoke run given --input folders measures \
                the same and checks the 2 MB/s target on it (`Scripts/bench` passes the seeds and the corpus).
                """)

        @Flag(help: "1,000 and 10,000 articles (a few minutes).") var quick = false
        @Flag(help: "40 articles: checks the harness works, figures mean nothing.") var smoke = false
        @Option(help: ArgumentHelp("Corpus sizes in articles, comma-separated.", valueName: "n,n,…"))
        var sizes: String?
        @Option(help: ArgumentHelp("Articles per append call (one transaction each).", valueName: "n"))
        var batch: Int?
        @Option(help: ArgumentHelp("Folder for the databases.", valueName: "dir")) var out = ".build-bench/data"
        @Option(help: "table or json.") var format = "table"
        @Option(help: ArgumentHelp("Render this JSON report instead of running.", valueName: "file"))
        var report: String?
        @Option(help: ArgumentHelp("Python peer results (JSON list) to merge.", valueName: "file")) var peer: String?
        @Option(help: ArgumentHelp("Codebook JSON the corpus is written from.", valueName: "file")) var codebook: String?
        @Option(
            help: ArgumentHelp(
                "Measure append to this PostgreSQL team log and a mirror's catch-up instead (one schema bench_N per size, which must be empty).",
                valueName: "postgres-url"))
        var server: String?
        @Flag(help: "Only measure extraction over real articles (see --input, --rounds) and print one line.")
        var extractionOnly = false
        @Option(
            help: ArgumentHelp(
                "A folder of X.txt articles with X.gold.json whose extraction speed is measured (repeatable; with --extraction-only the default is seeds).",
                valueName: "dir"))
        var input: [String] = []
        @Option(help: ArgumentHelp("How many times every --input article is extracted.", valueName: "n"))
        var rounds = 200

        func validate() throws {
            guard ["table", "json"].contains(format) else { throw ValidationError("--format is table or json") }
            guard !(quick && smoke) else { throw ValidationError("choose --quick or --smoke, not both") }
            if let sizes, parsedSizes(sizes) == nil {
                throw ValidationError("--sizes takes positive whole numbers separated by commas, e.g. 1000,10000")
            }
            guard rounds > 0 else { throw ValidationError("--rounds takes a positive whole number, e.g. 200") }
            guard report == nil || input.isEmpty else { throw ValidationError("--input measures a run; --report only renders one") }
        }

        func run() async throws {
            if extractionOnly {
                print(try realArticleSpeed(input.isEmpty ? ["seeds"] : input).line)
                return
            }
            var result: BenchmarkReport
            if let report {
                result = try JSONDecoder().decode(BenchmarkReport.self, from: Data(contentsOf: URL(fileURLWithPath: report)))
            } else if let server {
                result = try await measureServer(server)
            } else {
                result = try await measure()
            }
            if let peer {
                let results = try JSONDecoder().decode([PeerResult].self, from: Data(contentsOf: URL(fileURLWithPath: peer)))
                result.merge(peer: results)
            }
            if format == "json" {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
            } else {
                print(result.table())
            }
        }

        private func measure() async throws -> BenchmarkReport {
            var plan = smoke ? BenchmarkPlan.smoke : quick ? BenchmarkPlan.quick : BenchmarkPlan.full
            if let sizes, let parsed = parsedSizes(sizes) { plan.sizes = parsed }
            if let batch { plan.batchArticles = max(batch, 1) }
            let vocabulary = try vocabulary()
            let extractor = RuleBasedExtractor(codebook: try Codebook.bundled())
            let runner = BenchmarkRunner(
                plan: plan, generator: CorpusGenerator(vocabulary: vocabulary),
                preparer: ArticlePreparer(extractor: extractor), projections: ProjectionAdapter(),
                directory: URL(fileURLWithPath: out), progress: { printError("bench: " + $0) })
            var report = try await runner.run()
            if !input.isEmpty {
                printError("bench: extraction speed over real articles (\(rounds) rounds)")
                report.add(realArticleSpeed: try realArticleSpeed(input), rounds: rounds)
            }
            return report
        }

        /// `Scripts/extraction-speed`'s measure: the --input articles extracted --rounds times on one thread.
        private func realArticleSpeed(_ folders: [String]) throws -> ExtractionSpeed.Result {
            let speed = try ExtractionSpeed(
                extractor: RuleBasedExtractor(codebook: try Codebook.bundled()),
                directories: folders.map { URL(fileURLWithPath: $0) })
            return speed.run(rounds: rounds)
        }

        /// Issue 12's server figures: ``ServerStage`` on a schema of its own per size.
        private func measureServer(_ text: String) async throws -> BenchmarkReport {
            let base = try PostgresURL(parsing: text, environment: ProcessInfo.processInfo.environment)
            var plan = smoke ? BenchmarkPlan.smoke : quick ? BenchmarkPlan.quick : BenchmarkPlan.full
            if let sizes, let parsed = parsedSizes(sizes) { plan.sizes = parsed }
            if let batch { plan.batchArticles = max(batch, 1) }
            let extractor = RuleBasedExtractor(codebook: try Codebook.bundled())
            let stage = ServerStage(
                generator: CorpusGenerator(vocabulary: try vocabulary()), extractor: extractor.identity,
                batchArticles: plan.batchArticles)
            return try await stage.report(
                sizes: plan.sizes, directory: URL(fileURLWithPath: out),
                open: { size in
                    var url = base
                    url.schema = "bench_\(size)"
                    return try await PostgresEventStore.open(url, migrate: true)
                },
                close: { store in await (store as? PostgresEventStore)?.close() },
                progress: { printError("bench: " + $0) })
        }

        private func vocabulary() throws -> CorpusVocabulary {
            if let codebook {
                return try CorpusVocabulary(codebookJSON: Data(contentsOf: URL(fileURLWithPath: codebook)))
            }
            return try CorpusVocabulary.bundled()
        }

        private func parsedSizes(_ text: String) -> [Int]? {
            let numbers = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !numbers.isEmpty, numbers.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
            return numbers.compactMap { $0 }
        }
    }
}
