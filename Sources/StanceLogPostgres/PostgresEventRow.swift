import PostgresNIO
import StanceLogCore

/// Maps between ``RecordedEvent`` and rows of the `events` table (the same columns as the SQLite store).
enum PostgresEventRow {
    static let columns =
        "seq, stream_id, stream_version, type, schema_version, payload, recorded_at, prev_hash, hash, "
        + "article_id, statement_id, party, topic, stance, attribution, valid_date, valid_start, valid_end, extraction"

    static let columnCount = 19

    /// Most rows one INSERT can carry: PostgreSQL takes at most 65,535 bind parameters per statement.
    static let rowsPerStatement = Int(UInt16.max) / columnCount

    /// One multi-row INSERT of `events` (at most ``rowsPerStatement``) into `table`.
    static func insert(_ events: ArraySlice<RecordedEvent>, into table: String) -> PostgresQuery {
        var bindings = PostgresBindings(capacity: events.count * columnCount)
        var rows: [String] = []
        rows.reserveCapacity(events.count)
        for event in events {
            let first = bindings.count
            let placeholders = (1...columnCount).map { "$\(first + $0)" }.joined(separator: ", ")
            rows.append("(\(placeholders))")
            let index = event.index
            bindings.append(event.sequence)
            bindings.append(event.stream.rawValue)
            bindings.append(Int32(event.streamVersion))
            bindings.append(event.type.rawValue)
            bindings.append(Int32(event.schemaVersion))
            bindings.append(ByteBuffer(bytes: event.payload))
            bindings.append(event.recordedAt.milliseconds)
            bindings.append(event.previousHash)
            bindings.append(event.hash)
            bindings.append(index.articleID.rawValue)
            bindings.append(index.statementID?.rawValue)
            bindings.append(index.party?.rawValue)
            bindings.append(index.topic?.rawValue)
            bindings.append(index.stance.map { Int16($0.value) })
            bindings.append(index.attribution?.rawValue)
            bindings.append(index.validDate?.description)
            bindings.append(index.validDate.map { Int32($0.startDay) })
            bindings.append(index.validDate.map { Int32($0.endDay) })
            bindings.append(index.extraction)
        }
        return PostgresQuery(
            unsafeSQL: "INSERT INTO \(table) (\(columns)) VALUES \(rows.joined(separator: ", "))", binds: bindings)
    }

    /// Reads a row selected with ``columns``, in that order.
    ///
    /// - Throws: ``StanceLogError`` `corruptEvent` when a column holds a value
    ///   stancelog could not have written (only possible after tampering).
    static func decode(_ row: PostgresRow) throws -> RecordedEvent {
        let cells = row.makeRandomAccess()
        let sequence = try cells[0].decode(Int64.self)
        func corrupt(_ what: String) -> StanceLogError {
            StanceLogError(
                .corruptEvent, "event \(sequence): \(what)",
                hint: "the database was changed outside stancelog; run `stancelog verify`")
        }
        let typeName = try cells[3].decode(String.self)
        guard let type = EventType(rawValue: typeName) else { throw corrupt("unknown event type '\(typeName)'") }
        guard let articleID = ArticleID(rawValue: try cells[9].decode(String.self)) else {
            throw corrupt("malformed article id")
        }
        let stance = try cells[13].decode(Int16?.self).map { value in
            guard let stance = Stance(Int(value)) else { throw corrupt("stance \(value) outside -2...2") }
            return stance
        }
        let attribution = try cells[14].decode(String?.self).map { value in
            guard let attribution = Attribution(rawValue: value) else { throw corrupt("unknown attribution") }
            return attribution
        }
        let validDate = try cells[15].decode(String?.self).map { value in
            guard let date = PartialDate(value) else { throw corrupt("malformed valid date '\(value)'") }
            return date
        }
        let index = EventIndex(
            articleID: articleID,
            statementID: try cells[10].decode(String?.self).map(StatementID.init(rawValue:)),
            party: try cells[11].decode(String?.self).map(PartyID.init(rawValue:)),
            topic: try cells[12].decode(String?.self).map(TopicID.init(rawValue:)),
            stance: stance, attribution: attribution, validDate: validDate,
            extraction: try cells[18].decode(String?.self))
        let payload = try cells[5].decode(ByteBuffer.self)
        return RecordedEvent(
            sequence: sequence, stream: StreamID(rawValue: try cells[1].decode(String.self)),
            streamVersion: Int(try cells[2].decode(Int32.self)), type: type,
            schemaVersion: Int(try cells[4].decode(Int32.self)), payload: Array(payload.readableBytesView),
            recordedAt: RecordTime(milliseconds: try cells[6].decode(Int64.self)),
            previousHash: try cells[7].decode(String.self), hash: try cells[8].decode(String.self), index: index)
    }
}
