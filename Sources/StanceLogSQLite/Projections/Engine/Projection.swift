package import GRDB
package import StanceLogTimeline

/// A read model folded from the event log and kept in tables of the log's own database.
///
/// A projection owns its tables (created by its named, append-only migrations),
/// folds events in sequence order, and can describe its content as a digest so
/// that an incremental catch-up and a rebuild from sequence 1 can be compared.
/// ``ProjectionEngine`` drives it: it reads events after the projection's
/// checkpoint in batches and calls ``apply(_:in:)`` inside the transaction that
/// also advances the checkpoint.
package protocol Projection: Sendable {
    /// The stable name used for the checkpoint and by `stancelog replay --projection`.
    var name: String { get }

    /// Registers the migrations that create the projection's tables.
    func registerMigrations(in migrator: inout DatabaseMigrator)

    /// Deletes every row the projection holds; its tables stay.
    func reset(_ db: Database) throws

    /// Folds one batch of events, in sequence order, inside a write transaction.
    ///
    /// - Returns: how much derived state the batch rewrote (for cost checks).
    func apply(_ events: [ProjectedEvent], in db: Database) throws -> FoldCost

    /// Folds every event up to and including `sequence` into the projection's emptied tables,
    /// inside one write transaction.
    ///
    /// A rebuild may take shortcuts an incremental fold cannot (set-based SQL, indexes
    /// built after loading, one re-fold per timeline), but must leave exactly the
    /// content that folding the same events batch by batch leaves: the digest tests
    /// compare the two.
    ///
    /// - Returns: how much derived state the rebuild wrote.
    func rebuild(through sequence: Int64, in db: Database) throws -> FoldCost

    /// Feeds the projection's content, in a canonical order and without row ids
    /// or anything time-dependent, to `digest`.
    func writeContent(of db: Database, to digest: inout ContentDigest) throws
}
