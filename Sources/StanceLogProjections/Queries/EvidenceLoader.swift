import GRDB
import StanceLogCore

/// Loads the evidence text and speaker of the statements a query displays, and only those.
///
/// A statement's evidence and speaker are the ones of its `PositionStated`
/// payload, replaced by each correction that sets them, up to the event that
/// made the version shown. The payloads are found through the `events_by_statement` index.
struct EvidenceLoader {
    let db: Database
    private var cache: [PointEvidence: (speaker: String?, evidence: String)] = [:]

    init(db: Database) {
        self.db = db
    }

    /// The speaker and the joined evidence sentences of `point`'s statement as of its version.
    mutating func load(_ point: PointEvidence) throws -> (speaker: String?, evidence: String) {
        if let known = cache[point] { return known }
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT type, schema_version, payload FROM events
                    WHERE statement_id = ? AND seq <= ? AND type IN ('PositionStated', 'StatementCorrected')
                    ORDER BY seq
                    """),
            arguments: [point.statementID.rawValue, point.fromSeq])
        var speaker: String?
        var evidence: [EvidenceSpan] = []
        for row in rows {
            guard let type = EventType(rawValue: row[0]) else { continue }
            let payload: String = row[2]
            switch try EventCodec.decode(type: type, schemaVersion: row[1], payload: Array(payload.utf8)) {
            case .positionStated(let stated):
                speaker = stated.speaker
                evidence = stated.evidence
            case .statementCorrected(let correction):
                if let corrected = correction.speaker { speaker = corrected }
                if let corrected = correction.evidence { evidence = corrected }
            default:
                continue
            }
        }
        let loaded = (speaker, evidence.map(\.text).joined(separator: " … "))
        cache[point] = loaded
        return loaded
    }
}
