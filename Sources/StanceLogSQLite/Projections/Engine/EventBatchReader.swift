import GRDB
import StanceLogCore

/// Reads the typed columns of the events after a sequence number, a batch at a time.
///
/// The article's ingest-time extractor key is the one value not kept in a typed
/// column; SQL reads it for `ArticleIngested` rows only (``PayloadReads/extractorKey``),
/// so no payload is decoded in Swift on the replay path.
enum EventBatchReader {
    static let sql = """
        SELECT seq, type, article_id, statement_id, party, topic, stance, attribution, valid_date,
               CASE type WHEN 'ArticleIngested' THEN \(PayloadReads.extractorKey) ELSE extraction END
        FROM events WHERE seq > ? ORDER BY seq LIMIT ?
        """

    /// At most `limit` events after `sequence`, in sequence order.
    ///
    /// - Throws: ``StanceLogError`` `corruptEvent` for a column stancelog cannot have written.
    static func events(after sequence: Int64, limit: Int, in db: Database) throws -> [ProjectedEvent] {
        var events: [ProjectedEvent] = []
        events.reserveCapacity(min(limit, 65_536))
        let statement = try db.cachedStatement(sql: sql)
        let cursor = try Row.fetchCursor(statement, arguments: [sequence, limit])
        while let row = try cursor.next() {
            events.append(try decode(row))
        }
        return events
    }

    /// Calls `body` with every event after `sequence`, in sequence order, one row in memory at a time.
    ///
    /// - Throws: ``StanceLogError`` `corruptEvent` for a column stancelog cannot have written.
    static func forEach(after sequence: Int64, in db: Database, _ body: (ProjectedEvent) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: [sequence, -1])
        while let row = try cursor.next() {
            try body(try decode(row))
        }
    }

    private static func decode(_ row: Row) throws -> ProjectedEvent {
        let sequence: Int64 = row[0]
        func corrupt(_ what: String) -> StanceLogError {
            StanceLogError(
                .corruptEvent, "event \(sequence): \(what)",
                hint: "the database was changed outside stancelog; run `stancelog verify`")
        }
        let typeName: String = row[1]
        guard let type = EventType(rawValue: typeName) else { throw corrupt("unknown event type '\(typeName)'") }
        let articleText: String = row[2]
        guard let article = ArticleID(rawValue: articleText) else { throw corrupt("malformed article id") }
        var stance: Stance?
        if let value = row[6] as Int? {
            guard let valid = Stance(value) else { throw corrupt("stance \(value) outside -2...2") }
            stance = valid
        }
        var attribution: Attribution?
        if let value = row[7] as String? {
            guard let valid = Attribution(rawValue: value) else { throw corrupt("unknown attribution '\(value)'") }
            attribution = valid
        }
        var validDate: PartialDate?
        if let value = row[8] as String? {
            guard let valid = PartialDate(value) else { throw corrupt("malformed valid date '\(value)'") }
            validDate = valid
        }
        return ProjectedEvent(
            sequence: sequence, type: type, articleID: article,
            statementID: (row[3] as String?).map(StatementID.init(rawValue:)),
            party: (row[4] as String?).map(PartyID.init(rawValue:)),
            topic: (row[5] as String?).map(TopicID.init(rawValue:)),
            stance: stance, attribution: attribution, validDate: validDate, extraction: row[9])
    }
}
