import Foundation
import StanceLogCore
import StanceLogPostgres
import StanceLogTesting

/// Fresh logs on the test server (``TestPostgres``), each in a schema of its own.
enum PostgresServer {
    /// The URL of a new, not yet created log.
    static func freshURL() throws -> PostgresURL {
        try PostgresURL(parsing: TestPostgres.freshLogURL())
    }

    /// A new, migrated log.
    static func freshStore(timeouts: PostgresTimeouts = .standard) async throws -> PostgresEventStore {
        try await PostgresEventStore.open(freshURL(), timeouts: timeouts)
    }

    /// Polls `condition` every 20 ms until it holds; fails after `attempts` tries.
    static func waitUntil(
        _ what: String, attempts: Int = 1500, _ condition: () async throws -> Bool
    ) async throws {
        for _ in 0..<attempts {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw StanceLogError(.storage, "gave up waiting until \(what)")
    }

    /// An `INSERT` of `event` with every column, as SQL text, for a client that is not stancelog.
    static func insertSQL(_ event: RecordedEvent, schema: String) -> String {
        func text(_ value: String?) -> String {
            value.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" } ?? "NULL"
        }
        func number(_ value: Int?) -> String { value.map(String.init) ?? "NULL" }
        let payload = event.payload.map { String(format: "%02x", $0) }.joined()
        let index = event.index
        let values = [
            "\(event.sequence)", text(event.stream.rawValue), "\(event.streamVersion)", text(event.type.rawValue),
            "\(event.schemaVersion)", "decode('\(payload)', 'hex')", "\(event.recordedAt.milliseconds)",
            text(event.previousHash), text(event.hash), text(index.articleID.rawValue), text(index.statementID?.rawValue),
            text(index.party?.rawValue), text(index.topic?.rawValue), number(index.stance?.value),
            text(index.attribution?.rawValue), text(index.validDate?.description), number(index.validDate?.startDay),
            number(index.validDate?.endDay), text(index.extraction),
        ]
        return """
            INSERT INTO \(schema).events (seq, stream_id, stream_version, type, schema_version, payload, recorded_at,
                prev_hash, hash, article_id, statement_id, party, topic, stance, attribution, valid_date, valid_start,
                valid_end, extraction)
            VALUES (\(values.joined(separator: ", ")))
            """
    }
}
