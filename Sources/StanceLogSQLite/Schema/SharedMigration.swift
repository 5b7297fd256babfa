import GRDB
import StanceLogCore

/// Applies a migrator to a database file that other processes may be migrating at the same moment.
///
/// GRDB reads which migrations are applied outside any transaction and then runs
/// each one in its own transaction, so two processes creating the same file can
/// both decide to run `v1-events`; the second then fails with "table already
/// exists". Each migration is atomic, so such a failure always follows another
/// process committing one: when the set of applied migrations grew during the
/// failed attempt (or SQLite said busy), the migrator runs again and picks up
/// where the other process left off. Any other failure passes through at once.
struct SharedMigration {
    let migrator: DatabaseMigrator
    /// How many times a migration that lost a race to another process is tried.
    let attempts: Int

    init(_ migrator: DatabaseMigrator, attempts: Int = 10) {
        self.migrator = migrator
        self.attempts = max(1, attempts)
    }

    /// Migrates `database`, tolerating other processes that migrate it concurrently.
    ///
    /// - Throws: the migrator's error when it did not come from a concurrent migration,
    ///   or ``StanceLogError`` `storage` when the database stayed busy.
    func apply(to database: any DatabaseWriter) throws {
        var attempt = 1
        while true {
            let before = try BusyRetry.standard.run(on: database.path) {
                try database.read { db in try migrator.appliedIdentifiers(db) }
            }
            do {
                try BusyRetry.standard.run(on: database.path) { try migrator.migrate(database) }
                return
            } catch {
                let after = try? database.read { db in try migrator.appliedIdentifiers(db) }
                guard attempt < attempts, let after, after != before else { throw error }
                attempt += 1
            }
        }
    }
}
