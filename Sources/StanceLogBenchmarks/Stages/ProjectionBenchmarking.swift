public import StanceLogCore

/// What the harness needs from the projections module for stages 3 to 5.
///
/// ``ProjectionAdapter`` plugs in the real projections; tests may pass a stand-in.
public protocol ProjectionBenchmarking: Sendable {
    /// Drops every projection and rebuilds it from the log at `path`, streaming; returns the events folded.
    func rebuild(logAt path: String) async throws -> Int

    /// `stancelog state --at DATE`: returns the number of (party, topic) cells answered.
    func state(at date: PartialDate, logAt path: String) async throws -> Int

    /// `stancelog timeline --party P --topic T`: returns the number of steps.
    func timeline(party: PartyID, topic: TopicID, logAt path: String) async throws -> Int

    /// `stancelog diff A B`: returns the number of change points listed.
    func diff(from: PartialDate, to: PartialDate, logAt path: String) async throws -> Int

    /// `stancelog timeline --from DATE --limit N` over every timeline: returns the number of points.
    func timeline(from: PartialDate, limit: Int, logAt path: String) async throws -> Int

    /// `stancelog diff --summary A B`: returns the number of rows.
    func diffSummary(from: PartialDate, to: PartialDate, logAt path: String) async throws -> Int

    /// The bytes of B-tree pages the projection tables and their indexes hold in the log at `path`.
    func projectionBytes(logAt path: String) async throws -> Int

    /// Brings the projections up to date with events appended since the last rebuild or catch-up.
    ///
    /// - Returns: the number of (party, topic) timelines it touched and of combined points it
    ///   wrote, rewrote or deleted (a count that does not depend on the machine's load).
    func catchUp(logAt path: String) async throws -> (timelines: Int, points: Int)
}
