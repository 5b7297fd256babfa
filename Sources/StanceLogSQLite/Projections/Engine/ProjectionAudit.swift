public import Foundation
import GRDB
import StanceLogCore

/// Checks that each projection's stored tables hold exactly what a rebuild from the log gives.
///
/// A projection row edited behind stancelog's back (or left wrong by a bug) is
/// invisible to the hash chain, which covers only events. The audit copies the
/// events up to each projection's checkpoint into a scratch database, rebuilds
/// the projection there from sequence 1, and compares the two content digests.
/// The log's own database is only read.
public struct ProjectionAudit: Sendable {
    /// One projection's verdict.
    public struct Finding: Hashable, Sendable {
        /// The projection's name, as `stancelog replay --projection` takes it.
        public let projection: String
        /// The last event folded into the stored projection; the rebuild stops there too.
        public let checkpoint: Int64
        /// The digest of the projection's tables in the log's database.
        public let storedDigest: String
        /// The digest of the same projection rebuilt from the events in a scratch database.
        public let rebuiltDigest: String

        /// Whether the stored projection equals the rebuild.
        public var matches: Bool { storedDigest == rebuiltDigest }
    }

    public let engine: ProjectionEngine
    /// Where the scratch database is created (and removed afterwards).
    public let scratchFolder: URL
    /// Events copied into the scratch database per read.
    public let pageSize: Int

    /// - Parameters:
    ///   - engine: the projections of the log to audit.
    ///   - scratchFolder: a writable folder for the scratch database (default: the temporary folder).
    ///   - pageSize: events copied per read (at least 1).
    public init(
        engine: ProjectionEngine, scratchFolder: URL = FileManager.default.temporaryDirectory, pageSize: Int = 5_000
    ) {
        self.engine = engine
        self.scratchFolder = scratchFolder
        self.pageSize = max(1, pageSize)
    }

    /// Rebuilds every projection in a scratch database and compares it with the stored one.
    ///
    /// - Returns: one finding per projection, in the engine's order.
    /// - Throws: ``StanceLogError`` `storage` when the log cannot be read or the scratch
    ///   database cannot be written.
    public func run() async throws -> [Finding] {
        let projections = engine.projections
        let stored = try await withStorageErrors(
            "cannot read the projections", hint: "run `stancelog replay` to rebuild them"
        ) {
            try await engine.database.read { db in
                try projections.map { projection -> (Int64, String) in
                    var digest = ContentDigest()
                    try projection.writeContent(of: db, to: &digest)
                    return (try ProjectionEngine.checkpoint(of: projection, in: db), digest.finalize())
                }
            }
        }
        let path = scratchFolder.appendingPathComponent("stancelog-audit-\(UUID().uuidString).sqlite").path
        defer { Self.remove(path) }
        return try await withStorageErrors(
            "cannot rebuild the projections in the scratch database \(path)",
            hint: "free some disk space, or set TMPDIR to a writable folder"
        ) {
            Self.remove(path)
            let scratch = try DatabaseQueue(path: path)
            _ = try SQLiteEventStore(database: scratch)
            try await copyEvents(through: stored.map(\.0).max() ?? 0, into: scratch)
            _ = try ProjectionEngine(database: scratch, projections: projections)
            var findings: [Finding] = []
            for (projection, (checkpoint, storedDigest)) in zip(projections, stored) {
                let rebuilt = try await scratch.write { db in
                    try projection.reset(db)
                    _ = try projection.rebuild(through: checkpoint, in: db)
                    var digest = ContentDigest()
                    try projection.writeContent(of: db, to: &digest)
                    return digest.finalize()
                }
                findings.append(
                    Finding(
                        projection: projection.name, checkpoint: checkpoint, storedDigest: storedDigest,
                        rebuiltDigest: rebuilt))
            }
            return findings
        }
    }

    /// Deletes the scratch database and its side files, so that a retried attempt starts empty.
    private static func remove(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Copies the `events` rows up to `sequence` verbatim, page by page, in bounded memory.
    private func copyEvents(through sequence: Int64, into scratch: DatabaseQueue) async throws {
        let columns = try await scratch.read { db in try db.columns(in: "events").map(\.name) }
        let list = columns.joined(separator: ", ")
        let insert = "INSERT INTO events (\(list)) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        let limit = pageSize
        var after: Int64 = 0
        while after < sequence {
            let from = after
            let page = try await engine.database.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT seq, \(list) FROM events WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?",
                    arguments: [from, sequence, limit]
                ).map { row in (sequence: row[0] as Int64, values: Array(row.databaseValues.dropFirst())) }
            }
            guard let last = page.last else { return }
            try await scratch.write { db in
                let statement = try db.cachedStatement(sql: insert)
                for row in page {
                    statement.setUncheckedArguments(StatementArguments(row.values))
                    try statement.execute()
                }
            }
            after = last.sequence
        }
    }
}
