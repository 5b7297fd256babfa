import GRDB
import StanceLogCore

/// Whether a log can be read as it is in its file: every event and projection migration of this stancelog
/// applied, and every standard projection folded through the last event.
///
/// A read command opens the file read-only; when this finds something to do, the command does it on a copy
/// in memory instead of writing (``LogDatabase/reading(path:)``).
struct LogReadiness {
    /// What would have to be written first, as the end of a sentence about the file; nil when nothing.
    let lag: String?

    /// Reads the state of the log through `db`.
    init(_ db: Database, path: String) throws {
        let ledger = try MigrationLedger(db, path: path)
        var events = DatabaseMigrator()
        LogSchema.registerEventMigrations(in: &events)
        guard Set(events.migrations).isSubset(of: ledger.applied) else {
            lag = "was written by an older stancelog and its tables need migrating"
            return
        }
        guard LogSchema.knownProjectionMigrations.isSubset(of: ledger.applied) else {
            lag = "has projection tables that this stancelog must create or migrate"
            return
        }
        let last = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM events") ?? 0
        let behind = try ProjectionEngine.standard.filter { try ProjectionEngine.checkpoint(of: $0, in: db) < last }
        lag =
            behind.isEmpty
            ? nil
            : "has projections (\(behind.map(\.name).joined(separator: ", "))) that have not folded all \(last) events"
    }
}
