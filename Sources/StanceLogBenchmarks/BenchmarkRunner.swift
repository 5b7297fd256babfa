public import Foundation
import GRDB
import StanceLogCore
import StanceLogTesting
import StanceLogSQLite
public import StanceLogIngest

/// Runs every stage for every size of a ``BenchmarkPlan`` and collects the figures.
public struct BenchmarkRunner: Sendable {
    public let plan: BenchmarkPlan
    public let generator: CorpusGenerator
    public let preparer: ArticlePreparer
    /// The projections stages 3–5 measure (``ProjectionAdapter`` for the real ones).
    public let projections: any ProjectionBenchmarking
    /// Folder for the databases; each size gets `articles-N/`.
    public let directory: URL
    public let progress: @Sendable (String) -> Void
    /// The command that rebuilds the projections of the log at a path in a process of its own
    /// (`stancelog replay --quiet --db PATH`), so that the rebuild's peak memory is its own and not
    /// the harness's; nil skips that figure (the harness tests have no binary to run).
    public let rebuildCommand: (@Sendable (String) -> [String])?

    public init(
        plan: BenchmarkPlan, generator: CorpusGenerator, preparer: ArticlePreparer,
        projections: any ProjectionBenchmarking, directory: URL, progress: @escaping @Sendable (String) -> Void,
        rebuildCommand: (@Sendable (String) -> [String])? = nil
    ) {
        self.plan = plan
        self.generator = generator
        self.preparer = preparer
        self.projections = projections
        self.directory = directory
        self.progress = progress
        self.rebuildCommand = rebuildCommand
    }

    public func run() async throws -> BenchmarkReport {
        var report = BenchmarkReport(mode: plan.mode, machine: MachineInfo.current(sqliteVersion: try Self.sqliteVersion()))
        for size in plan.sizes {
            let (workload, figures) = try await run(size: size)
            report.workloads.append(workload)
            report.figures += figures
        }
        return report
    }

    private func run(size articles: Int) async throws -> (Workload, [Figure]) {
        let folder = directory.appendingPathComponent("articles-\(articles)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let logPath = folder.appendingPathComponent("stancelog.sqlite").path
        let identity = preparer.extractor.identity
        var figures: [Figure] = []
        func add(_ key: String, _ value: Double?, _ unit: String, note: String? = nil) {
            figures.append(Figure(key, articles: articles, value: value, unit: unit, note: note))
        }

        progress("[\(articles) articles] extraction")
        let sample = (0..<min(articles, plan.extractionSample)).map { generator.article($0) }
        let extraction = try await ExtractionStage(preparer: preparer).run(sample, jobs: 1)
        add("extraction.mb_per_s", Double(extraction.bytes) / 1e6 / extraction.seconds, "MB/s")
        let cores = ArticlePreparer.defaultJobs
        let cpuStart = ProcessCPUTime.seconds
        let parallel = try await ExtractionStage(preparer: preparer).run(sample, jobs: cores)
        add(
            "extraction.parallel_cpu_per_wall", (ProcessCPUTime.seconds - cpuStart) / parallel.seconds, "cores busy",
            note: "process CPU time over wall time of the --jobs run: how many cores the extraction kept busy")
        add(
            "extraction.parallel_speedup", extraction.seconds / parallel.seconds, "×",
            note: "extraction-bound ingest (prepare) with --jobs \(cores) against --jobs 1, same articles")
        add("extraction.cores", Double(cores), "cores")
        add("extraction.articles_per_s", Double(extraction.articles) / extraction.seconds, "articles/s")
        add(
            "extraction.recall", Double(extraction.statementsFound) / Double(max(extraction.statementsWritten, 1)) * 100,
            "%", note: "statements found / written, extractor \(identity.key)")

        progress("[\(articles) articles] append")
        let append: AppendStage.Result
        do {
            let store = try SQLiteEventStore(path: logPath)
            append = try await AppendStage(generator: generator, extractor: identity, batchArticles: plan.batchArticles)
                .run(articles: articles, store: store)
        }
        let appendRate = Double(append.events) / append.seconds
        add("append.events_per_s", appendRate, "events/s")
        add("append.cpu_us_per_event", append.cpuSeconds / Double(append.events) * 1e6, "µs CPU")
        add("append.mb_per_s", Double(append.payloadBytes) / 1e6 / append.seconds, "MB/s", note: "payload bytes")

        if plan.ceiling {
            progress("[\(articles) articles] raw SQLite ceiling")
            let ceilingPath = folder.appendingPathComponent("ceiling.sqlite").path
            let ceiling = try await RawInsertCeiling(generator: generator, extractor: identity, batchArticles: plan.batchArticles)
                .run(articles: articles, path: ceilingPath)
            let ceilingRate = Double(ceiling.rows) / ceiling.seconds
            add("ceiling.rows_per_s", ceilingRate, "rows/s")
            add("append.ratio_to_ceiling", appendRate / ceilingRate * 100, "%")
            add("ceiling.cpu_us_per_row", ceiling.cpuSeconds / Double(ceiling.rows) * 1e6, "µs CPU")
            add(
                "append.cpu_ratio_to_ceiling",
                (ceiling.cpuSeconds / Double(ceiling.rows)) / (append.cpuSeconds / Double(append.events)) * 100, "%",
                note: "ceiling CPU per row / append CPU per event: the same ratio without the machine's other load")
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: ceilingPath + suffix) }
        }

        let store = try SQLiteEventStore(path: logPath)
        try await store.database.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: logPath)[.size] as? Int) ?? nil
        add("storage.bytes_per_event", bytes.map { Double($0) / Double(append.events) }, "B/event")
        add("storage.payload_bytes_per_event", Double(append.payloadBytes) / Double(append.events), "B/event")
        add("storage.database_mb", bytes.map { Double($0) / 1e6 }, "MB")

        progress("[\(articles) articles] log scan")
        let scan = try LogScanStage().run(path: logPath)
        add(
            "scan.events_per_s", Double(scan.events) / scan.seconds, "events/s",
            note: "median of \(LogScanStage.runsRule(counting: "scans")) of the open log (the peer: median of as many replays of its open application)")
        add(
            "scan.cpu_events_per_s", Double(scan.events) / max(scan.cpuSeconds, 1e-9), "events/s CPU",
            note: "median of \(LogScanStage.runsRule(counting: "scans")) by process CPU time (the peer: time.process_time() of as many replays)")
        add(
            "scan.peak_rss_mb", scan.peakResidentBytes.map { Double($0) / 1_048_576 }, "MiB",
            note: scan.peakWasReset
                ? "process peak during the scan, including memory the harness kept from earlier stages"
                : "process lifetime peak: clear_refs refused")
        if let peak = scan.peakResidentBytes, let baseline = scan.baselineResidentBytes, scan.peakWasReset {
            add("scan.rss_growth_mb", Double(peak - baseline) / 1_048_576, "MiB", note: "peak minus resident size at the start of the scan")
        }

        figures += try await projectionFigures(articles: articles, logPath: logPath)

        progress("[\(articles) articles] late reports")
        let late = try await LateReportStage(generator: generator, extractor: identity).run(
            store: store, path: logPath, firstIndex: 10_000_000, count: plan.lateReports, projections: projections)
        add("late.append_p50_ms", Percentiles(late.appendMilliseconds).p50, "ms")
        add("late.append_max_ms", late.appendMilliseconds.max(), "ms")
        add("late.catch_up_p50_ms", Percentiles(late.catchUpMilliseconds).p50, "ms")
        add("late.catch_up_max_ms", late.catchUpMilliseconds.max(), "ms")
        add("late.touched_timelines_max", late.touchedTimelines.max().map(Double.init), "timelines")
        add(
            "late.points_rewritten_max", late.pointsRewritten.max().map(Double.init), "points",
            note: "combined points one late report's catch-up wrote, rewrote or deleted: independent of the machine's load")

        let workload = Workload(
            articles: articles, statements: append.statements, events: append.events,
            batchArticles: plan.batchArticles,
            articlePayloadBytes: append.articlePayloadBytes / max(append.events - append.statements, 1),
            statementPayloadBytes: append.statementPayloadBytes / max(append.statements, 1))
        return (workload, figures)
    }

    private func projectionFigures(articles: Int, logPath: String) async throws -> [Figure] {
        let queries = ["state_at", "timeline", "diff", "diff_month", "timeline_window", "diff_summary"]
        progress("[\(articles) articles] replay")
        let reset = MemoryProbe.resetPeak()
        let baseline = MemoryProbe.residentBytes
        let cpuStart = ProcessCPUTime.seconds
        let (events, seconds) = try await Stopwatch.time { try await projections.rebuild(logAt: logPath) }
        let cpuSeconds = ProcessCPUTime.seconds - cpuStart
        let peak = MemoryProbe.peakResidentBytes
        let written = try await projections.projectionBytes(logAt: logPath)
        var figures = [
            Figure("replay.events_per_s", articles: articles, value: Double(events) / seconds, unit: "events/s"),
            Figure(
                "replay.cpu_events_per_s", articles: articles, value: Double(events) / max(cpuSeconds, 1e-9),
                unit: "events/s CPU",
                note: "events over the rebuild's process CPU time (all threads, kernel included): the rate without the machine's other load"),
            Figure(
                "replay.mb_per_s", articles: articles, value: Double(written) / 1e6 / seconds, unit: "MB/s",
                note: "projection tables and indexes written (dbstat pages) over the rebuild's time"),
            Figure("replay.projection_mb", articles: articles, value: Double(written) / 1e6, unit: "MB"),
            Figure(
                "replay.peak_rss_mb", articles: articles, value: peak.map { Double($0) / 1_048_576 }, unit: "MiB",
                note: reset
                    ? "process peak during the rebuild, including memory the harness kept from earlier stages"
                    : "process lifetime peak: clear_refs refused"),
        ]
        if let peak, let baseline, reset {
            figures.append(
                Figure(
                    "replay.rss_growth_mb", articles: articles, value: Double(peak - baseline) / 1_048_576, unit: "MiB",
                    note: "peak minus resident size at the start of the rebuild"))
        }
        if let rebuildCommand {
            progress("[\(articles) articles] stancelog replay in a process of its own")
            if let peak = try Self.replayInChild(logPath, command: rebuildCommand) {
                figures.append(
                    Figure(
                        "replay.process_peak_rss_mb", articles: articles, value: Double(peak) / 1_048_576, unit: "MiB",
                        note: "peak of `stancelog replay` alone on this log in a process of its own (GNU time's %M): the rebuild as a user runs it, its digests included"))
            } else {
                progress("[\(articles) articles] no \(ChildProcessPeak.time): the replay's own peak is not measured")
            }
        }
        progress("[\(articles) articles] queries")
        var random = SplitMix64(seed: generator.seed, index: -articles)
        let parties = generator.vocabulary.parties.map(\.id)
        let topics = generator.vocabulary.topics.map(\.id)
        for query in queries {
            var samples: [Double] = []
            var answered = 0
            for _ in 0..<plan.queryRuns {
                let date = random.draw(CorpusGenerator.date)
                let later = random.draw(CorpusGenerator.date)
                let party = random.pick(parties)
                let topic = random.pick(topics)
                let (count, seconds) = try await Stopwatch.time { () async throws -> Int in
                    switch query {
                    case "state_at": try await projections.state(at: date, logAt: logPath)
                    case "timeline": try await projections.timeline(party: party, topic: topic, logAt: logPath)
                    case "timeline_window":
                        try await projections.timeline(from: date, limit: Self.windowLimit, logAt: logPath)
                    case "diff_summary":
                        try await projections.diffSummary(from: min(date, later), to: max(date, later), logAt: logPath)
                    case "diff_month":
                        try await projections.diff(
                            from: Self.monthAndNext(date).from, to: Self.monthAndNext(date).to, logAt: logPath)
                    default: try await projections.diff(from: min(date, later), to: max(date, later), logAt: logPath)
                    }
                }
                samples.append(seconds * 1000)
                answered += count
            }
            let percentiles = Percentiles(samples)
            figures.append(Figure("query.\(query).p50_ms", articles: articles, value: percentiles.p50, unit: "ms"))
            figures.append(Figure("query.\(query).p99_ms", articles: articles, value: percentiles.p99, unit: "ms"))
            if query == "timeline" || query == "diff" {
                let total = samples.reduce(0, +)
                figures.append(
                    Figure(
                        "query.\(query).points_per_ms", articles: articles,
                        value: Double(answered) / max(total, 1e-9), unit: "points/ms",
                        note: "change points answered (with their evidence) over the queries' total time"))
            }
        }
        return figures
    }

    /// Runs `command` on a copy of the log at `path` and its WAL (copied while the harness writes
    /// nothing, so the child recovers the same content), so that the child process never shares
    /// the file with the harness's open connections; removes the copy.
    /// - Returns: the child's peak resident memory in bytes; nil when it cannot be measured here.
    private static func replayInChild(_ path: String, command: (String) -> [String]) throws -> Int? {
        let copy = path + ".replay-copy"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) } }
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        if FileManager.default.fileExists(atPath: path + "-wal") {
            try FileManager.default.copyItem(atPath: path + "-wal", toPath: copy + "-wal")
        }
        return try ChildProcessPeak.peakResidentBytes(running: command(copy))
    }

    /// `timeline --from DATE --limit` in the bench: the next twenty changes after a date, over every timeline.
    static let windowLimit = 20

    /// The month of `date` (January for a year) and the month after it: a `diff` whose answer
    /// is bounded by one month of change points, however long the log.
    static func monthAndNext(_ date: PartialDate) -> (from: PartialDate, to: PartialDate) {
        let month = date.month ?? 1
        let next = month == 12 ? (year: date.year + 1, month: 1) : (year: date.year, month: month + 1)
        guard let from = PartialDate(year: date.year, month: month), let to = PartialDate(year: next.year, month: next.month)
        else { return (date, date) }
        return (from, to)
    }

    static func sqliteVersion() throws -> String {
        try DatabaseQueue().read { db in try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? "unknown" }
    }
}
