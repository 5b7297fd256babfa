/// The paths the server answers and the methods each takes, for `405 Method Not Allowed` with `Allow`.
///
/// ``APIServer/router(service:stream:)`` registers exactly these; a test checks that each
/// path answers its methods and refuses the others with 405.
enum RouteTable {
    static let routes: [(path: [String], methods: [String])] = [
        (["api", "v1", "state"], ["GET"]), (["api", "v1", "timeline"], ["GET"]), (["api", "v1", "diff"], ["GET"]),
        (["api", "v1", "articles"], ["GET", "POST"]), (["api", "v1", "articles", "{id}"], ["GET"]),
        (["api", "v1", "statements"], ["POST"]), (["api", "v1", "statements", "{id}"], ["GET"]),
        (["api", "v1", "statements", "{id}", "correction"], ["POST"]),
        (["api", "v1", "statements", "{id}", "retraction"], ["POST"]), (["api", "v1", "events"], ["GET"]),
        (["api", "v1", "head"], ["GET"]), (["api", "v1", "stream"], ["GET"]), (["api", "v1", "openapi.yaml"], ["GET"]),
        ([], ["GET"]), (["live.js"], ["GET"]), (["statements", "{id}"], ["GET"]), (["articles", "{id}"], ["GET"]),
    ]

    /// The methods `path` takes, empty for a path the server does not know.
    static func methods(for path: String) -> [String] {
        let segments = path.split(separator: "/").map(String.init)
        return routes.first { route in
            route.path.count == segments.count
                && zip(route.path, segments).allSatisfy { pattern, segment in pattern == "{id}" || pattern == segment }
        }?.methods ?? []
    }
}
