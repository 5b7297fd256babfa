public import Foundation

/// The real PostgreSQL server tests run against, from `Scripts/with-postgres`.
///
/// `STANCELOG_TEST_POSTGRES` holds its URL; tests that need it are skipped
/// when it is missing, unless `STANCELOG_REQUIRE_POSTGRES=1` (CI), where they
/// fail instead.
public enum TestPostgres {
    /// The server's URL, nil when no server was started.
    public static var url: String? {
        ProcessInfo.processInfo.environment["STANCELOG_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// True when a missing server must fail the tests (`STANCELOG_REQUIRE_POSTGRES=1`).
    public static var isRequired: Bool {
        ProcessInfo.processInfo.environment["STANCELOG_REQUIRE_POSTGRES"] == "1"
    }

    /// True when PostgreSQL tests run: a server is given, or one is required (and its absence then fails them).
    public static var isEnabled: Bool { url != nil || isRequired }

    /// A URL of a log of its own: the server's URL with a new, unused `schema=` parameter.
    ///
    /// - Throws: ``TestPostgresMissing`` when `STANCELOG_TEST_POSTGRES` is not set.
    public static func freshLogURL() throws -> String {
        guard let url else { throw TestPostgresMissing() }
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        return url + (url.contains("?") ? "&" : "?") + "schema=\(schema)"
    }
}

/// Thrown when a PostgreSQL test runs without `STANCELOG_TEST_POSTGRES`.
public struct TestPostgresMissing: Error, CustomStringConvertible {
    public init() {}

    public var description: String {
        "STANCELOG_TEST_POSTGRES is not set: run the tests inside Scripts/with-postgres (Scripts/test does)"
    }
}
