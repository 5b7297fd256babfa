import GRDB
import StanceLogCore

/// Maps between ``RecordedEvent`` and rows of the `events` table.
enum EventRow {
    static let columns =
        "seq, stream_id, stream_version, type, schema_version, payload, recorded_at, prev_hash, hash, "
        + "article_id, statement_id, party, topic, stance, attribution, valid_date, valid_start, valid_end, extraction"

    /// Bound and stepped by ``insert(_:with:in:)``.
    static let insertSQL =
        "INSERT INTO events (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"

    /// Reads a row selected with ``columns``, in that order.
    ///
    /// - Throws: ``StanceLogError`` `corruptEvent` when a column no longer holds a
    ///   value stancelog could have written (only possible after tampering).
    static func decode(_ row: Row) throws -> RecordedEvent {
        let sequence: Int64 = row[0]
        func corrupt(_ what: String) -> StanceLogError {
            StanceLogError(
                .corruptEvent, "event \(sequence): \(what)",
                hint: "the database was changed outside stancelog; run `stancelog verify`")
        }
        guard let type = EventType(rawValue: row[3]) else { throw corrupt("unknown event type '\(row[3] as String)'") }
        guard let articleID = ArticleID(rawValue: row[9]) else { throw corrupt("malformed article id") }
        let payload: String = row[5]
        let stanceValue: Int? = row[13]
        let attributionValue: String? = row[14]
        let validDateValue: String? = row[15]
        let stance = try stanceValue.map { value in
            guard let stance = Stance(value) else { throw corrupt("stance \(value) outside -2...2") }
            return stance
        }
        let attribution = try attributionValue.map { value in
            guard let attribution = Attribution(rawValue: value) else { throw corrupt("unknown attribution") }
            return attribution
        }
        let validDate = try validDateValue.map { value in
            guard let date = PartialDate(value) else { throw corrupt("malformed valid date '\(value)'") }
            return date
        }
        let index = EventIndex(
            articleID: articleID,
            statementID: (row[10] as String?).map(StatementID.init(rawValue:)),
            party: (row[11] as String?).map(PartyID.init(rawValue:)),
            topic: (row[12] as String?).map(TopicID.init(rawValue:)),
            stance: stance, attribution: attribution, validDate: validDate, validStart: row[16], validEnd: row[17],
            extraction: row[18])
        return RecordedEvent(
            sequence: sequence, stream: StreamID(rawValue: row[1]), streamVersion: row[2], type: type,
            schemaVersion: row[4], payload: Array(payload.utf8), recordedAt: RecordTime(milliseconds: row[6]),
            previousHash: row[7], hash: row[8], index: index)
    }
}
