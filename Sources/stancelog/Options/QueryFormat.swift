import ArgumentParser

/// `--format` of the query commands: a table for people, Markdown for notes, JSON or CSV for scripts.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case markdown
    case csv
}

extension QueryFormat {
    /// True for the formats meant for programs (JSON, CSV), printed exactly as produced.
    var isData: Bool { self == .json || self == .csv }
}
