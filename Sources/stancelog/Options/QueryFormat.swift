import ArgumentParser

/// `--format` of the query commands: a table for people, Markdown for notes and reports, JSON for scripts.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case markdown
}
