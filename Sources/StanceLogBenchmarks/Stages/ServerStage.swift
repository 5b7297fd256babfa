public import Foundation
public import StanceLogCore
import StanceLogSQLite

/// Issue 12's figures: appending the corpus to a PostgreSQL team log, and a fresh local mirror catching up from it.
///
/// The server store is passed in (the CLI opens it from a `postgres://` URL), so this
/// module needs no PostgreSQL client. Append is timed as stage 2 times SQLite's: only the
/// `append` calls, a batch of articles per call (one server transaction each, durable
/// commit). The mirror's catch-up is ``LogMirror/pull()`` into an empty SQLite file: reading
/// pages of events over the socket, checking contiguity, `prev_hash` and recomputed hashes,
/// and storing them.
public struct ServerStage: Sendable {
    public let generator: CorpusGenerator
    public let extractor: ExtractorIdentity
    public let batchArticles: Int

    public init(generator: CorpusGenerator, extractor: ExtractorIdentity, batchArticles: Int) {
        self.generator = generator
        self.extractor = extractor
        self.batchArticles = batchArticles
    }

    /// Runs ``run(articles:server:mirrorPath:)`` for each size, on the server log `open(size)` returns.
    ///
    /// - Parameters:
    ///   - open: opens an empty server log for one size (e.g. its own `?schema=`), closed afterwards by `close`.
    ///   - directory: the mirrors go to `articles-N/mirror.sqlite` under it.
    public func report(
        sizes: [Int], directory: URL, open: (Int) async throws -> any EventStore,
        close: (any EventStore) async -> Void, progress: (String) -> Void
    ) async throws -> BenchmarkReport {
        var report = BenchmarkReport(
            mode: "server", machine: MachineInfo.current(sqliteVersion: try BenchmarkRunner.sqliteVersion()))
        for size in sizes {
            let folder = directory.appendingPathComponent("articles-\(size)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            progress("[\(size) articles] append to the server, then a fresh mirror's catch-up")
            let server = try await open(size)
            let result: (Workload, [Figure])
            do {
                result = try await run(
                    articles: size, server: server, mirrorPath: folder.appendingPathComponent("mirror.sqlite").path)
            } catch {
                await close(server)
                throw error
            }
            await close(server)
            report.workloads.append(result.0)
            report.figures += result.1
        }
        return report
    }

    /// Appends `articles` articles to the empty `server` log, then mirrors it into a new file at `mirrorPath`.
    ///
    /// - Returns: the figures (`server.*`) and the workload, for a ``BenchmarkReport``.
    /// - Throws: ``BenchmarkError`` when the server log is not empty; the store's errors otherwise.
    public func run(articles: Int, server: any EventStore, mirrorPath: String) async throws -> (Workload, [Figure]) {
        guard try await server.lastPosition() == 0 else {
            throw BenchmarkError("the server log already holds events; give a URL with an unused ?schema=")
        }
        var figures: [Figure] = []
        func add(_ key: String, _ value: Double, _ unit: String, note: String? = nil) {
            figures.append(Figure(key, articles: articles, value: value, unit: unit, note: note))
        }
        let append = try await AppendStage(generator: generator, extractor: extractor, batchArticles: batchArticles)
            .run(articles: articles, store: server)
        add("server.append_events_per_s", Double(append.events) / append.seconds, "events/s")
        add(
            "server.append_client_cpu_us_per_event", append.cpuSeconds / Double(append.events) * 1e6, "µs CPU",
            note: "stancelog's process only; the server's own CPU is another process")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: mirrorPath + suffix) }
        let mirror = try SQLiteEventStore(path: mirrorPath)
        let (pull, seconds) = try await Stopwatch.time { try await LogMirror(source: server, mirror: mirror).pull() }
        add("server.mirror_events_per_s", Double(pull.pulled) / seconds, "events/s", note: "a fresh mirror pulling the whole log")
        let workload = Workload(
            articles: articles, statements: append.statements, events: append.events, batchArticles: batchArticles,
            articlePayloadBytes: append.articlePayloadBytes / max(append.events - append.statements, 1),
            statementPayloadBytes: append.statementPayloadBytes / max(append.statements, 1))
        return (workload, figures)
    }
}
