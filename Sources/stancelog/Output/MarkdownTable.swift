/// A GitHub-flavoured Markdown table; pipes and line breaks in cells are escaped.
struct MarkdownTable {
    let header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) {
        self.header = header
    }

    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    func render() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map(Self.escape).joined(separator: " | ") + " |"
        }
        return ([line(header), "|" + header.map { _ in " --- |" }.joined()] + rows.map(line)).joined(separator: "\n")
    }

    private static func escape(_ cell: String) -> String {
        cell.map { $0 == "|" ? "\\|" : $0.isNewline ? " " : String($0) }.joined()
    }
}
