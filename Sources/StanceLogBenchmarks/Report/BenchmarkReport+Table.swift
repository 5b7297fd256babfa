extension BenchmarkReport {
    /// Rows of the table: figure key and the label a reader sees.
    static let rows: [(section: String, key: String, label: String)] = [
        ("1 extraction", "extraction.real_mb_per_s", "throughput over real articles, one core (CPU time)"),
        ("1 extraction", "extraction.mb_per_s", "throughput over the synthetic corpus, one core"),
        ("1 extraction", "extraction.articles_per_s", "articles, one core"),
        ("1 extraction", "extraction.recall", "statements found / written"),
        ("1 extraction", "extraction.parallel_speedup", "ingest --jobs <cores> / --jobs 1 (extraction-bound)"),
        ("1 extraction", "extraction.parallel_cpu_per_wall", "cores kept busy by --jobs <cores>"),
        ("2 append (batched, hash chain + canonical JSON)", "append.events_per_s", "append"),
        ("2 append (batched, hash chain + canonical JSON)", "append.mb_per_s", "append payload"),
        ("2 append (batched, hash chain + canonical JSON)", "ceiling.rows_per_s", "raw SQLite ceiling, same rows, 1 txn"),
        ("2 append (batched, hash chain + canonical JSON)", "append.ratio_to_ceiling", "append / ceiling (wall)"),
        ("2 append (batched, hash chain + canonical JSON)", "append.cpu_us_per_event", "append CPU per event"),
        ("2 append (batched, hash chain + canonical JSON)", "ceiling.cpu_us_per_row", "ceiling CPU per row"),
        ("2 append (batched, hash chain + canonical JSON)", "append.cpu_ratio_to_ceiling", "append / ceiling (CPU)"),
        ("3 replay", "replay.events_per_s", "projection rebuild (alone, no peer)"),
        ("3 replay", "replay.cpu_events_per_s", "projection rebuild by CPU time"),
        ("3 replay", "replay.mb_per_s", "projection written per second"),
        ("3 replay", "replay.projection_mb", "projection tables and indexes"),
        ("3 replay", "replay.peak_rss_mb", "peak resident memory"),
        ("3 replay", "replay.rss_growth_mb", "rebuild memory growth"),
        ("3 replay", "scan.events_per_s", "in-memory replay: log scan + latest stance per (party, topic)"),
        ("3 replay", "scan.peak_rss_mb", "log scan peak resident memory"),
        ("3 replay", "scan.rss_growth_mb", "log scan memory growth"),
        ("4 queries", "query.state_at.p50_ms", "state --at p50"),
        ("4 queries", "query.state_at.p99_ms", "state --at p99"),
        ("4 queries", "query.timeline.p50_ms", "timeline p50"),
        ("4 queries", "query.timeline.p99_ms", "timeline p99"),
        ("4 queries", "query.diff.p50_ms", "diff p50"),
        ("4 queries", "query.diff.p99_ms", "diff p99"),
        ("4 queries", "query.timeline.points_per_ms", "timeline change points answered"),
        ("4 queries", "query.diff.points_per_ms", "diff change points answered"),
        ("4 queries", "query.timeline_window.p50_ms", "timeline --from DATE --limit 20 p50"),
        ("4 queries", "query.timeline_window.p99_ms", "timeline --from DATE --limit 20 p99"),
        ("4 queries", "query.diff_summary.p50_ms", "diff --summary p50"),
        ("4 queries", "query.diff_summary.p99_ms", "diff --summary p99"),
        ("4 queries", "query.diff_month.p50_ms", "diff over one month p50"),
        ("4 queries", "query.diff_month.p99_ms", "diff over one month p99"),
        ("5 late old report (one article, early 2022)", "late.append_p50_ms", "append p50"),
        ("5 late old report (one article, early 2022)", "late.append_max_ms", "append max"),
        ("5 late old report (one article, early 2022)", "late.catch_up_p50_ms", "projection catch-up p50"),
        ("5 late old report (one article, early 2022)", "late.catch_up_max_ms", "projection catch-up max"),
        ("5 late old report (one article, early 2022)", "late.touched_timelines_max", "timelines touched (max)"),
        ("5 late old report (one article, early 2022)", "late.points_rewritten_max", "points rewritten (max)"),
        ("6 storage", "storage.bytes_per_event", "database bytes per event"),
        ("6 storage", "storage.payload_bytes_per_event", "payload bytes per event"),
        ("6 storage", "storage.database_mb", "database size"),
        ("team log on PostgreSQL (unix socket, durable commits)", "server.append_events_per_s", "append to the server"),
        ("team log on PostgreSQL (unix socket, durable commits)", "server.append_client_cpu_us_per_event", "stancelog CPU per event"),
        ("team log on PostgreSQL (unix socket, durable commits)", "server.mirror_events_per_s", "mirror catch-up (fresh mirror)"),
        ("peer: Python eventsourcing (same store kind and durability)", "peer.append_events_per_s", "peer append"),
        ("peer: Python eventsourcing (same store kind and durability)", "peer.replay_events_per_s", "peer replay (read + deserialise + same fold)"),
        ("peer: Python eventsourcing (same store kind and durability)", "peer.append_ratio", "stancelog append / peer"),
        ("peer: Python eventsourcing (same store kind and durability)", "peer.replay_ratio", "stancelog projection rebuild / peer replay (not the same work)"),
        ("peer: Python eventsourcing (same store kind and durability)", "peer.scan_ratio", "stancelog in-memory replay / peer replay (same work)"),
    ]

    /// The report as a Markdown table with one column per size, then the targets.
    public func table() -> String {
        var lines: [String] = []
        lines.append(
            "machine: \(machine.cores) cores, \(machine.cpu), \(machine.memoryGiB) GiB, SQLite \(machine.sqliteVersion); mode: \(mode)")
        lines.append("")
        let header = workloads.map {
            "\(TargetCheck.count($0.articles)) art. / \(TargetCheck.count($0.events)) ev."
        }
        lines.append("| stage | figure | unit | " + header.joined(separator: " | ") + " |")
        lines.append("|---|---|---|" + header.map { _ in "---:|" }.joined())
        var lastSection = ""
        var notes: [String] = []
        for row in Self.rows {
            let cells = figures.filter { $0.key == row.key }
            guard !cells.isEmpty else { continue }
            let unit = cells.first?.unit ?? ""
            let values = workloads.map { workload -> String in
                guard let figure = cells.first(where: { $0.articles == workload.articles }) else { return "" }
                guard let value = figure.value else { return "n/a" }
                return TargetCheck.number(value)
            }
            for note in Set(cells.compactMap(\.note)).sorted() where !notes.contains("\(row.key): \(note)") {
                notes.append("\(row.key): \(note)")
            }
            let section = row.section == lastSection ? "" : row.section
            lastSection = row.section
            lines.append("| \(section) | \(row.label) | \(unit) | " + values.joined(separator: " | ") + " |")
        }
        if !workloads.isEmpty {
            lines.append("")
            for workload in workloads {
                lines.append(
                    "workload \(workload.articles) articles: \(workload.statements) statements, \(workload.events) events, "
                        + "\(workload.batchArticles) articles per append, mean payload \(workload.articlePayloadBytes) B "
                        + "(article) / \(workload.statementPayloadBytes) B (statement)")
            }
        }
        if !notes.isEmpty {
            lines.append("")
            lines.append("notes:")
            lines += notes.map { "- " + $0 }
        }
        lines.append("")
        lines.append("| target | measured | status |")
        lines.append("|---|---|---|")
        for check in TargetCheck.all(in: self) {
            lines.append("| \(check.target) | \(check.measured) | \(check.status.rawValue) |")
        }
        return lines.joined(separator: "\n")
    }
}
