import GRDB
import StanceLogCore

/// Every migration of a stancelog database, and the one rule for whether this stancelog may use a database.
///
/// A log file holds the event tables (``EventSchema``, migrations `v<N>-events…`)
/// and the projection tables (the checkpoints and each projection's own,
/// `v<N>-projection-…`). This is the only place that knows both sets: the event
/// store migrates the first, the projection engine the second, and the read-only
/// check before a file is opened (``DatabaseFile``) applies the same rule as
/// the checks before migrating, so no caller threads a check of tables it does not own.
enum LogSchema {
    /// Which tables a caller is about to use, and so which migrations it must know.
    enum Scope {
        /// The event tables only (the event store on its own).
        case events
        /// The event tables and the projection tables of ``ProjectionEngine/standard``.
        case all
    }

    static func registerEventMigrations(in migrator: inout DatabaseMigrator) {
        EventSchema.register(in: &migrator)
    }

    /// Registers the checkpoints table and then each projection's migrations, in order.
    static func registerProjectionMigrations(_ projections: [any Projection], in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-projection-checkpoints") { db in
            try db.execute(
                sql: "CREATE TABLE projection_checkpoints (name TEXT PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID")
        }
        for projection in projections { projection.registerMigrations(in: &migrator) }
    }

    /// The projection migrations of the checkpoints and the standard projections.
    static var knownProjectionMigrations: Set<String> {
        var migrator = DatabaseMigrator()
        registerProjectionMigrations(ProjectionEngine.standard, in: &migrator)
        return Set(migrator.migrations)
    }

    /// Checks that a database is empty or a stancelog log whose tables in `scope` this stancelog knows.
    ///
    /// - Throws: ``StanceLogError`` naming the file: `notALog` for a database with other
    ///   tables and no stancelog log; `newerVersion` when a newer stancelog migrated it.
    static func requireCompatible(_ ledger: MigrationLedger, scope: Scope) throws {
        try EventSchema.requireCompatible(ledger)
        guard scope == .all, !ledger.isEmpty else { return }
        try refuseNewerProjections(ledger, known: knownProjectionMigrations)
    }

    /// Refuses projection tables migrated by a newer stancelog.
    ///
    /// - Parameter known: the projection migrations the caller registers.
    /// - Throws: ``StanceLogError`` `newerVersion` naming the file and the unknown migrations.
    static func refuseNewerProjections(_ ledger: MigrationLedger, known: Set<String>) throws {
        try ledger.refuseNewer(known: known, of: "projection tables", owned: MigrationLedger.isProjectionMigration)
    }
}
