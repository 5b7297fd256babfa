import GRDB

/// Secondary indexes dropped while a rebuild loads their table and built again afterwards.
///
/// Building an index from loaded rows is one sort; maintaining it row by row
/// lands each insert on a random page once the index outgrows SQLite's page
/// cache. The definitions are read back from `sqlite_master`, so the
/// migrations stay their only source.
struct DeferredIndexes {
    private var definitions: [String] = []

    /// Drops the named indexes that exist, remembering how to create them again.
    mutating func drop(_ names: [String], in db: Database) throws {
        for name in names {
            guard
                let definition = try String.fetchOne(
                    db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", arguments: [name])
            else { continue }
            try db.execute(sql: "DROP INDEX \(name)")
            definitions.append(definition)
        }
    }

    /// Creates every dropped index again from the loaded rows.
    mutating func restore(in db: Database) throws {
        for definition in definitions { try db.execute(sql: definition) }
        definitions = []
    }
}
