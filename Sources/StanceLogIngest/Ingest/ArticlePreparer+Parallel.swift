public import Foundation
public import StanceLogCore

extension ArticlePreparer {
    /// The number of extraction jobs when the caller names none: one per active core.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Prepares every input, up to `jobs` at a time, and returns them in input order.
    ///
    /// Extraction is pure (the same input gives the same article and statements on any
    /// thread), so the result does not depend on `jobs`: only on the inputs. An ingest with
    /// `--jobs 4` therefore appends exactly the events of `--jobs 1`, in the same order.
    ///
    /// - Parameters:
    ///   - jobs: inputs prepared at once (at least 1; 1 prepares them one after the other).
    ///   - progress: called with the number of inputs prepared so far, after each one.
    /// - Throws: the ``StanceLogError`` of the first input in input order that fails, as a
    ///   one-at-a-time preparation would; the other inputs' results are dropped.
    public func prepareAll(
        _ inputs: [ArticleInput], overrides: IngestOverrides, jobs: Int, progress: ((Int) -> Void)? = nil
    ) async throws -> [PreparedArticle] {
        try await prepareAll(inputs, jobs: jobs, overridesOf: { _ in overrides }, progress: progress)
    }

    /// Prepares every input with its own overrides (`overridesOf(index)`), up to `jobs` at a time,
    /// in input order; see ``prepareAll(_:overrides:jobs:progress:)``.
    public func prepareAll(
        _ inputs: [ArticleInput], jobs: Int, overridesOf: @escaping @Sendable (Int) -> IngestOverrides,
        progress: ((Int) -> Void)? = nil
    ) async throws -> [PreparedArticle] {
        if jobs <= 1 || inputs.count <= 1 {
            var prepared: [PreparedArticle] = []
            prepared.reserveCapacity(inputs.count)
            for (index, input) in inputs.enumerated() {
                prepared.append(try prepare(input, overrides: overridesOf(index)))
                progress?(prepared.count)
            }
            return prepared
        }
        // Every slot is overwritten by its task before the group returns.
        var results = [Result<PreparedArticle, any Error>](repeating: .failure(CancellationError()), count: inputs.count)
        try await withThrowingTaskGroup(of: (Int, Result<PreparedArticle, any Error>).self) { group in
            var next = 0
            func start() {
                let index = next
                next += 1
                group.addTask { (index, Result { try prepare(inputs[index], overrides: overridesOf(index)) }) }
            }
            while next < min(jobs, inputs.count) { start() }
            var done = 0
            while let (index, result) = try await group.next() {
                results[index] = result
                done += 1
                progress?(done)
                if next < inputs.count { start() }
            }
        }
        return try results.map { try $0.get() }
    }
}
