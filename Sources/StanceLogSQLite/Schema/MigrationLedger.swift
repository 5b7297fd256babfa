import GRDB
import StanceLogCore

/// What a database says about its own tables: the migrations applied to it and the tables it holds.
///
/// The event store and the projection engine read it before they migrate, so
/// that a database from a newer stancelog, or someone else's database, is
/// refused before anything is written to it.
struct MigrationLedger {
    /// The identifiers in GRDB's `grdb_migrations` table; empty when there is no such table.
    let applied: Set<String>
    /// The tables other than SQLite's and GRDB's own, by name.
    let tables: [String]
    /// The file, for error messages.
    let path: String

    init(_ db: Database, path: String) throws {
        self.path = path
        tables = try String.fetchAll(
            db,
            sql: """
                SELECT name FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name != 'grdb_migrations'
                ORDER BY name
                """)
        applied =
            try db.tableExists("grdb_migrations")
            ? String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations") : []
    }

    /// True for the migrations of the projection tables (`v<N>-projection-…`), which
    /// the projection engine owns; every other migration belongs to the event tables.
    static func isProjectionMigration(_ identifier: String) -> Bool {
        identifier.contains("-projection-")
    }

    /// True for a database nothing has been created in yet.
    var isEmpty: Bool { applied.isEmpty && tables.isEmpty }

    /// Refuses a database migrated by a newer stancelog.
    ///
    /// - Parameters:
    ///   - known: every migration this stancelog registers for the tables checked.
    ///   - tables: what the migrations create, for the message ("event tables").
    ///   - owned: which applied identifiers belong to the tables checked; all by default.
    /// - Throws: ``StanceLogError`` `newerVersion` naming the file and the unknown migrations.
    func refuseNewer(known: Set<String>, of tables: String, owned: (String) -> Bool = { _ in true }) throws {
        let unknown = applied.filter { owned($0) && !known.contains($0) }.sorted()
        guard !unknown.isEmpty else { return }
        throw StanceLogError(
            .newerVersion,
            "\(path) was created by a newer stancelog: its \(tables) have migrations this stancelog does not know "
                + "(\(unknown.joined(separator: ", ")))",
            hint: "upgrade stancelog to use this database; this version changed nothing in it")
    }
}
