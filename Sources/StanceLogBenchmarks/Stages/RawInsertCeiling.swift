import Foundation
import GRDB
import GRDBSQLite
import StanceLogCore
import StanceLogSQLite

/// Stage 2's ceiling: the same rows inserted with plain prepared SQLite statements, all in one transaction.
///
/// The database is created by `SQLiteEventStore` itself, so it has the same
/// table, indexes, triggers and connection settings (WAL, GRDB's pragmas). The
/// rows are exactly the ones `append` writes (sealed by the same code), turned
/// into column bytes before the clock starts; the clock then runs only over
/// `sqlite3_bind_*`/`sqlite3_step`/`sqlite3_reset` and the final COMMIT.
struct RawInsertCeiling {
    struct Result {
        let rows: Int
        let seconds: Double
        let cpuSeconds: Double
    }

    /// A column value ready to bind.
    enum Value: Sendable {
        case null
        case integer(Int64)
        case text([UInt8])
    }

    static let insertSQL =
        "INSERT INTO events (seq, stream_id, stream_version, type, schema_version, payload, recorded_at, "
        + "prev_hash, hash, article_id, statement_id, party, topic, stance, attribution, valid_date, valid_start, "
        + "valid_end, extraction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"

    let generator: CorpusGenerator
    let extractor: ExtractorIdentity
    let batchArticles: Int

    func run(articles: Int, path: String) async throws -> Result {
        let store = try SQLiteEventStore(path: path)
        let generator = generator
        let extractor = extractor
        let batchArticles = batchArticles
        let (rows, insertSeconds, insertCPU, bodyEnd, cpuEnd) = try await store.database.write {
            db -> (Int, Double, Double, ContinuousClock.Instant, Double) in
            guard let connection = db.sqliteConnection else { throw BenchmarkError("the ceiling database is closed") }
            var statement: OpaquePointer?
            guard sqlite3_prepare_v2(connection, Self.insertSQL, -1, &statement, nil) == SQLITE_OK, let statement else {
                throw BenchmarkError("cannot prepare the ceiling INSERT: \(String(cString: sqlite3_errmsg(connection)))")
            }
            defer { sqlite3_finalize(statement) }
            var head = ChainHead.empty
            var rows = 0
            var seconds = 0.0
            var cpuSeconds = 0.0
            for start in stride(from: 0, to: articles, by: batchArticles) {
                let batch = try (start..<min(start + batchArticles, articles)).map {
                    try generator.article($0).events(extractor: extractor)
                }
                let sealed = try head.seal(batch, now: RecordTime(Date())) { _ in 0 }
                guard let last = sealed.last else { continue }
                head = ChainHead(sequence: last.sequence, hash: last.hash, recordedAt: last.recordedAt)
                let values = sealed.map(Self.values)
                let watch = Stopwatch()
                let cpuStart = ProcessCPUTime.seconds
                for row in values {
                    for (column, value) in row.enumerated() {
                        Self.bind(value, at: Int32(column + 1), to: statement)
                    }
                    guard sqlite3_step(statement) == SQLITE_DONE else {
                        throw BenchmarkError("ceiling INSERT failed: \(String(cString: sqlite3_errmsg(connection)))")
                    }
                    sqlite3_reset(statement)
                }
                seconds += watch.seconds
                cpuSeconds += ProcessCPUTime.seconds - cpuStart
                rows += values.count
            }
            return (rows, seconds, cpuSeconds, ContinuousClock.now, ProcessCPUTime.seconds)
        }
        let commitCPU = ProcessCPUTime.seconds - cpuEnd
        let commit = ContinuousClock.now - bodyEnd
        let commitSeconds = Double(commit.components.seconds) + Double(commit.components.attoseconds) / 1e18
        return Result(rows: rows, seconds: insertSeconds + commitSeconds, cpuSeconds: insertCPU + commitCPU)
    }

    /// The 19 column values `SQLiteEventStore` stores for `event`, in ``insertSQL`` order.
    static func values(_ event: RecordedEvent) -> [Value] {
        let index = event.index
        func text(_ string: String?) -> Value { string.map { .text(Array($0.utf8)) } ?? .null }
        func integer(_ number: Int?) -> Value { number.map { .integer(Int64($0)) } ?? .null }
        return [
            .integer(event.sequence), text(event.stream.rawValue), integer(event.streamVersion),
            text(event.type.rawValue), integer(event.schemaVersion), .text(event.payload),
            .integer(event.recordedAt.milliseconds), text(event.previousHash), text(event.hash),
            text(index.articleID.rawValue), text(index.statementID?.rawValue), text(index.party?.rawValue),
            text(index.topic?.rawValue), integer(index.stance?.value), text(index.attribution?.rawValue),
            text(index.validDate?.description), integer(index.validDate?.startDay), integer(index.validDate?.endDay),
            text(index.extraction),
        ]
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func bind(_ value: Value, at column: Int32, to statement: OpaquePointer) {
        switch value {
        case .null:
            sqlite3_bind_null(statement, column)
        case .integer(let number):
            sqlite3_bind_int64(statement, column, number)
        case .text(let bytes) where bytes.isEmpty:
            sqlite3_bind_text(statement, column, "", 0, transient)
        case .text(let bytes):
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    _ = sqlite3_bind_text(statement, column, pointer, Int32(buffer.count), transient)
                }
            }
        }
    }
}
