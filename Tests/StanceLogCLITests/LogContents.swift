import Foundation
import GRDB

/// What a log file holds, stream by stream, so that two logs written in different orders can be compared.
struct LogContents: Equatable {
    /// Each stream's events as "version type payload", in version order.
    let streams: [String: [String]]
    /// The number of stored events.
    let eventCount: Int
    /// The highest sequence number (0 for an empty log).
    let lastSequence: Int64

    /// The number of articles (one stream each).
    var articleCount: Int { streams.count }

    /// Reads the log at `path`; an absent file reads as an empty log.
    static func read(_ path: String) throws -> LogContents {
        guard FileManager.default.fileExists(atPath: path) else {
            return LogContents(streams: [:], eventCount: 0, lastSequence: 0)
        }
        let database = try DatabaseQueue(path: path)
        return try database.read { db in
            guard try db.tableExists("events") else { return LogContents(streams: [:], eventCount: 0, lastSequence: 0) }
            var streams: [String: [String]] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT stream_id, stream_version, type, payload FROM events ORDER BY stream_id, stream_version")
            while let row = try rows.next() {
                let stream: String = row[0]
                let version: Int = row[1]
                let type: String = row[2]
                let payload: String = row[3]
                streams[stream, default: []].append("\(version) \(type) \(payload)")
            }
            return LogContents(
                streams: streams,
                eventCount: try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0,
                lastSequence: try Int64.fetchOne(db, sql: "SELECT max(seq) FROM events") ?? 0)
        }
    }
}
