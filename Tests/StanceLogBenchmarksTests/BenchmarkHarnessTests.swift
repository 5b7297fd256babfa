import Foundation
import StanceLogBenchmarks
import StanceLogCore
import StanceLogExtraction
import StanceLogIngest
import Testing

/// Checks the harness's structure on a tiny run, never its timings.
@Suite struct BenchmarkHarnessTests {
    static func generator() throws -> CorpusGenerator {
        CorpusGenerator(vocabulary: try CorpusVocabulary.bundled())
    }

    @Test func theCorpusIsTheSameOnEveryRun() throws {
        let first = try Self.generator()
        let second = try Self.generator()
        for index in [0, 1, 999, 54_321] {
            #expect(first.article(index).text == second.article(index).text)
        }
        #expect(first.article(0).text != first.article(1).text)
    }

    @Test func evidenceOffsetsPointAtTheSentence() throws {
        let generator = try Self.generator()
        for index in 0..<50 {
            let article = generator.article(index)
            let scalars = Array(article.text.unicodeScalars)
            #expect((4...16).contains(article.statements.count))
            for statement in article.statements {
                let span = statement.evidence
                let start = try #require(span.start)
                let end = try #require(span.end)
                var found = String.UnicodeScalarView()
                found.append(contentsOf: scalars[start..<end])
                #expect(String(found) == span.text)
            }
            #expect(NormalizedText(article.text)?.value == article.text)
        }
    }

    @Test func generatedPayloadsEncodeLikeJSONEncoder() throws {
        let generator = try Self.generator()
        let identity = ExtractorIdentity(name: "rules", version: "0.1.0", codebook: "ukraine@0.1.0")
        for index in 0..<30 {
            for event in try generator.article(index).events(extractor: identity).events {
                #expect(try EventCodec.encode(event) == EventCodec.encodeWithFoundation(event))
            }
        }
    }

    @Test func aSmokeRunReportsEveryStage() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stancelog-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var plan = BenchmarkPlan.smoke
        plan.sizes = [12, 24]
        let runner = BenchmarkRunner(
            plan: plan, generator: try Self.generator(),
            preparer: ArticlePreparer(extractor: RuleBasedExtractor(codebook: try Codebook.bundled())),
            projections: ProjectionAdapter(),
            directory: folder, progress: { _ in }, rebuildCommand: Self.replayCommand)
        var report = try await runner.run()
        #expect(report.sizes == [12, 24])
        for size in [12, 24] {
            for key in [
                "extraction.mb_per_s", "append.events_per_s", "ceiling.rows_per_s", "append.ratio_to_ceiling",
                "scan.events_per_s", "storage.bytes_per_event", "late.append_p50_ms", "replay.events_per_s",
                "replay.peak_rss_mb", "query.state_at.p50_ms", "query.timeline.p99_ms", "query.diff.p50_ms",
                "late.catch_up_p50_ms", "late.touched_timelines_max",
            ] + (Self.replayCommand == nil || !FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
                ? [] : ["replay.process_peak_rss_mb"]) {
                let value = try #require(report.value(key, articles: size), "\(key) at \(size)")
                #expect(value > 0)
            }
        }
        let workload = try #require(report.workloads.first)
        #expect(workload.events == workload.articles + workload.statements)
        report.merge(peer: [
            PeerResult(library: "eventsourcing", version: "9", articles: 12, events: workload.events, appendEventsPerSecond: 1000,
                replayEventsPerSecond: 2000, databaseBytes: nil)
        ])
        #expect(report.value("peer.append_ratio", articles: 12) != nil)
        let table = report.table()
        #expect(table.contains("| append / ceiling (wall) | % |"))
        let json = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(BenchmarkReport.self, from: json) == report)
    }

    /// The `stancelog` binary the build put beside the test runner, as the bench command runs it; nil when absent.
    static let replayCommand: (@Sendable (String) -> [String])? = {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let binary = folder.appendingPathComponent("stancelog").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { return nil }
        return { path in [binary, "replay", "--quiet", "--db", path] }
    }()

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "the replay runs under GNU time"))
    func aFailingReplayCommandStopsTheRunNamingIt() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stancelog-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var plan = BenchmarkPlan.smoke
        plan.sizes = [12]
        let runner = BenchmarkRunner(
            plan: plan, generator: try Self.generator(),
            preparer: ArticlePreparer(extractor: RuleBasedExtractor(codebook: try Codebook.bundled())),
            projections: ProjectionAdapter(), directory: folder, progress: { _ in },
            rebuildCommand: { _ in ["/bin/sh", "-c", "exit 3"] })
        let error = await #expect(throws: BenchmarkError.self) { try await runner.run() }
        #expect(error?.message.contains("`/bin/sh -c exit 3` exited with status 3") == true)
    }
}
