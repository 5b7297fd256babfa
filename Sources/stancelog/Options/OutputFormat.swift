import ArgumentParser

/// `--format`: a table for people, JSON or CSV for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case csv
}

extension OutputFormat {
    /// True for the formats meant for programs (JSON, CSV), printed exactly as produced.
    var isData: Bool { self == .json || self == .csv }
}
