import GRDB

/// Streams every event's typed columns in sequence order and folds them into the latest stance per (party, topic).
///
/// Not a projection rebuild: it is the storage engine's share of one, the
/// ceiling a replay over this log can reach, with a cursor (one row in memory at
/// a time) and no JSON decoding.
struct LogScanStage {
    struct Result {
        let events: Int
        let seconds: Double
        let peakResidentBytes: Int?
        let baselineResidentBytes: Int?
        let peakWasReset: Bool
    }

    static let sql =
        "SELECT seq, type, statement_id, party, topic, stance, valid_end FROM events ORDER BY seq"

    func run(path: String) throws -> Result {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let reset = MemoryProbe.resetPeak()
        let baseline = MemoryProbe.residentBytes
        let watch = Stopwatch()
        let events = try queue.read { db -> Int in
            var latest: [String: (end: Int, stance: Int)] = [:]
            var count = 0
            let cursor = try Row.fetchCursor(db, sql: Self.sql)
            while let row = try cursor.next() {
                count += 1
                guard let party: String = row[3], let topic: String = row[4], let stance: Int = row[5],
                    let end: Int = row[6]
                else { continue }
                let key = party + "|" + topic
                if let current = latest[key], current.end > end { continue }
                latest[key] = (end, stance)
            }
            return count
        }
        let seconds = watch.seconds
        return Result(
            events: events, seconds: seconds, peakResidentBytes: MemoryProbe.peakResidentBytes,
            baselineResidentBytes: baseline, peakWasReset: reset)
    }
}
