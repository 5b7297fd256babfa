/// Left-aligned columns for terminal output; the last column is not padded.
///
/// Cells are shown on one line with control characters escaped (``TerminalText``).
/// Given a width, the table fits it: first the flexible columns (evidence, titles)
/// give up characters, down to ``Column/flexibleFloor``; if that is not enough, the
/// optional columns are left out, least useful first; then every column is narrowed.
/// A cell that no longer fits ends in `…`. Without a width (piped output, `--wide`)
/// every column and cell is shown whole, so the bytes depend on the data only.
struct TextTable {
    /// A column: its title, whether it may shrink first, and when it may be left out.
    struct Column {
        let title: String
        /// True for free text (evidence, titles) that shrinks before anything else.
        var flexible = false
        /// Columns with a priority may be left out on a narrow terminal, the highest first.
        var optional: Int?
        /// For a flexible column, the characters it keeps before others shrink (``TextTable/flexibleFloor`` if nil).
        var floor: Int?

        init(_ title: String, flexible: Bool = false, optional: Int? = nil, floor: Int? = nil) {
            self.title = title
            self.flexible = flexible
            self.optional = optional
            self.floor = floor
        }
    }

    let columns: [Column]
    private(set) var rows: [[String]] = []

    /// Characters a flexible column keeps before others shrink.
    static let flexibleFloor = 24
    /// Spaces between two columns.
    static let gap = 2

    init(columns: [Column]) {
        self.columns = columns.map {
            Column(Self.cell($0.title), flexible: $0.flexible, optional: $0.optional, floor: $0.floor)
        }
    }

    var header: [String] { columns.map(\.title) }

    mutating func append(_ row: [String]) {
        rows.append(row.map(Self.cell))
    }

    /// The table as lines of text, each at most `width` characters when a width is given.
    func render(width: Int? = nil) -> String {
        let all = [header] + rows
        let natural = columns.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let (shown, widths) = width.map { layout(natural, into: $0) } ?? (Array(columns.indices), natural)
        return all.map { row in
            shown.enumerated().map { position, column in
                let text = row[column].cut(to: widths[column])
                return position == shown.count - 1 ? text : text.padding(toLength: widths[column] + Self.gap)
            }.joined().trailingSpacesTrimmed
        }.joined(separator: "\n")
    }

    /// The columns shown and the width of each, so that a line is at most `width` characters.
    private func layout(_ natural: [Int], into width: Int) -> (shown: [Int], widths: [Int]) {
        var shown = Array(columns.indices)
        func budget() -> Int { width - Self.gap * (shown.count - 1) }
        func floorOfFlexible(_ column: Int) -> Int {
            columns[column].flexible ? min(natural[column], columns[column].floor ?? Self.flexibleFloor) : natural[column]
        }
        let droppable = columns.indices.filter { columns[$0].optional != nil }
            .sorted { (columns[$0].optional ?? 0) > (columns[$1].optional ?? 0) }
        for column in droppable where shown.map(floorOfFlexible).reduce(0, +) > budget() {
            shown.removeAll { $0 == column }
        }
        var widths = natural
        let flexible = shown.filter { columns[$0].flexible }
        let fixed = shown.filter { !columns[$0].flexible }.map { natural[$0] }.reduce(0, +)
        if fixed + flexible.map(floorOfFlexible).reduce(0, +) <= budget() {
            let capped = Self.capped(
                flexible.map { natural[$0] }, floors: flexible.map(floorOfFlexible), budget: budget() - fixed)
            zip(flexible, capped).forEach { widths[$0] = $1 }
        } else {
            let floors = shown.map { min(natural[$0], max(3, min(columns[$0].title.count, 8))) }
            let capped = Self.capped(shown.map { natural[$0] }, floors: floors, budget: budget())
            zip(shown, capped).forEach { widths[$0] = $1 }
        }
        return (shown, widths)
    }

    /// Widths narrowed to one common cap (never below their floors) so that they sum to at
    /// most `budget`; what the cap leaves over goes to the columns that were cut, left to right.
    private static func capped(_ natural: [Int], floors: [Int], budget: Int) -> [Int] {
        guard natural.reduce(0, +) > budget else { return natural }
        func total(_ cap: Int) -> Int { zip(natural, floors).map { min($0, max(cap, $1)) }.reduce(0, +) }
        var low = 0
        var high = natural.max() ?? 0
        while low < high {
            let cap = (low + high + 1) / 2
            if total(cap) <= budget { low = cap } else { high = cap - 1 }
        }
        var widths = zip(natural, floors).map { min($0, max(low, $1)) }
        var spare = budget - widths.reduce(0, +)
        for column in widths.indices where spare > 0 && widths[column] < natural[column] {
            let extra = min(spare, natural[column] - widths[column])
            widths[column] += extra
            spare -= extra
        }
        return widths
    }

    /// One line: newlines become spaces, other control characters are escaped.
    private static func cell(_ text: String) -> String {
        TerminalText.escape(String(text.map { $0.isNewline ? " " : $0 }), keepingNewlines: false)
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

    /// At most `length` characters, the last one `…` when anything was cut.
    func cut(to length: Int) -> String {
        guard count > length else { return self }
        return length <= 0 ? "" : String(prefix(length - 1)) + "…"
    }

    /// Without the spaces at the end.
    var trailingSpacesTrimmed: String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[..<end])
    }
}
