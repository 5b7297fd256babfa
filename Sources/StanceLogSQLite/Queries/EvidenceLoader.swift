import GRDB
import StanceLogCore
import StanceLogTimeline

/// Loads the evidence text and speaker of the statements a query displays, and only those.
///
/// A statement's evidence and speaker are the ones of its `PositionStated`
/// payload, replaced by each correction that sets them, up to the event that
/// made the version shown. The payloads are found through the `events_by_statement` index.
struct EvidenceLoader {
    let db: Database
    private var cache: [PointEvidence: EvidenceText] = [:]

    init(db: Database) {
        self.db = db
    }

    /// The speaker and the joined evidence sentences of `point`'s statement as of its version.
    ///
    /// SQLite's JSON functions pick the two fields out of the payloads (``PayloadReads/evidenceFields``), so a
    /// query decodes no JSON in Swift: the loader is on the path of every row
    /// `timeline` and `diff` print.
    mutating func load(_ point: PointEvidence) throws -> EvidenceText {
        if let known = cache[point] { return known }
        // A cursor reads each row in place; `Row.fetchAll` would copy every row with its column names.
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT \(PayloadReads.evidenceFields)
                    FROM events
                    WHERE statement_id = ? AND seq <= ? AND type IN ('PositionStated', 'StatementCorrected')
                    ORDER BY seq
                    """),
            arguments: [point.statementID.rawValue, point.fromSeq])
        var speaker: String?
        var evidence = ""
        var origin: StatementOrigin?
        var confidence: Double?
        while let row = try rows.next() {
            if row[0] as Bool { speaker = row[1] }
            if row[2] as Bool { evidence = row[3] ?? "" }
            if row[4] as String == "StatementCorrected" {
                if origin == .extracted { origin = .corrected }
            } else {
                confidence = row[5]
                origin = (row[6] as String?) == "analyst" ? .analyst : .extracted
            }
        }
        let loaded = EvidenceText(speaker: speaker, evidence: evidence, origin: origin, confidence: confidence)
        cache[point] = loaded
        return loaded
    }
}
