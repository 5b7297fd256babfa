/// Left-aligned columns for terminal output; the last column is not padded.
struct TextTable {
    let header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) {
        self.header = header
    }

    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column] + 2)
            }.joined()
        }.joined(separator: "\n")
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }

    /// At most `length` characters, with an ellipsis when cut; newlines become spaces.
    func clipped(to length: Int) -> String {
        let flat = self.map { $0.isNewline ? " " : $0 }
        return flat.count <= length ? String(flat) : String(flat.prefix(length - 1)) + "…"
    }
}
