import GRDB
public import StanceLogCore

extension SQLiteEventStore {
    /// Appends events recorded elsewhere (a server log) after this log's last event, verbatim, in one transaction.
    ///
    /// The events must continue this log exactly: the first one's sequence is
    /// the next one here and its previous hash is the hash of the last event
    /// here. ``LogMirror`` checks the chain before it calls this; the check here
    /// keeps a second writer of the same mirror from interleaving.
    ///
    /// - Throws: ``StanceLogError`` `chainBroken` when the events do not continue the log.
    public func appendRecorded(_ events: [RecordedEvent]) async throws {
        guard let first = events.first else { return }
        try await withStorageErrors("cannot store the pulled events", hint: "run `stancelog verify` on the mirror") {
            try await database.write { db in
                let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1")
                let last: Int64 = row?[0] ?? 0
                let hash: String = row?[1] ?? EventChain.genesisHash
                guard first.sequence == last + 1, first.previousHash == hash else {
                    throw StanceLogError(
                        .chainBroken,
                        "event \(first.sequence) does not continue the local log, which ends at event \(last)",
                        hint: "another process changed the mirror; run `stancelog verify`")
                }
                let statement = try db.cachedStatement(sql: EventRow.insertSQL)
                for event in events {
                    try EventRow.insert(event, with: statement, in: db)
                }
            }
        }
    }
}
