import StanceLogProjections

extension StoreOptions {
    /// Opens the log, brings the projections up to date with it, and returns the queries over them.
    ///
    /// - Throws: ``StanceLogError`` `notFound` when there is no log at the path.
    func caughtUpQueries() async throws -> StanceQueries {
        let store = try openSQLite()
        try await ProjectionEngine(store: store).catchUp()
        return StanceQueries(store: store)
    }
}
