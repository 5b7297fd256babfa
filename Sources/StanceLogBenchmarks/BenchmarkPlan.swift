/// Which sizes to run and how hard to measure each.
public struct BenchmarkPlan: Codable, Hashable, Sendable {
    public var mode: String
    /// Corpus sizes in articles (about 10 statements each).
    public var sizes: [Int]
    /// Articles per `append` call, as a batched `stancelog ingest` would do.
    public var batchArticles: Int
    /// Articles read by the extraction stage (its speed does not depend on the log's size).
    public var extractionSample: Int
    /// Runs of each query per size.
    public var queryRuns: Int
    /// Late reports appended to each log.
    public var lateReports: Int
    /// Also measure the raw SQLite insert ceiling.
    public var ceiling: Bool

    public init(
        mode: String, sizes: [Int], batchArticles: Int = 100, extractionSample: Int = 2_000, queryRuns: Int = 200,
        lateReports: Int = 21, ceiling: Bool = true
    ) {
        self.mode = mode
        self.sizes = sizes
        self.batchArticles = batchArticles
        self.extractionSample = extractionSample
        self.queryRuns = queryRuns
        self.lateReports = lateReports
        self.ceiling = ceiling
    }

    /// 1,000, 10,000 and 100,000 articles: about 10k, 100k and 1M statements.
    public static let full = BenchmarkPlan(mode: "full", sizes: [1_000, 10_000, 100_000])
    /// 1,000 and 10,000 articles: a few minutes with the release build cached.
    public static let quick = BenchmarkPlan(mode: "quick", sizes: [1_000, 10_000], extractionSample: 1_000)
    /// A tiny run that only checks the harness works (CI).
    public static let smoke = BenchmarkPlan(
        mode: "smoke", sizes: [40], batchArticles: 10, extractionSample: 40, queryRuns: 5, lateReports: 3)
}
