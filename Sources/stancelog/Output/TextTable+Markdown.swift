extension TextTable {
    /// The same table as GitHub-flavoured Markdown; pipes and line breaks in cells are escaped.
    func renderMarkdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map(Self.escapeMarkdown).joined(separator: " | ") + " |"
        }
        return ([line(header), "|" + header.map { _ in " --- |" }.joined()] + rows.map(line)).joined(separator: "\n")
    }

    private static func escapeMarkdown(_ cell: String) -> String {
        cell.map { $0 == "|" ? "\\|" : $0.isNewline ? " " : String($0) }.joined()
    }
}
