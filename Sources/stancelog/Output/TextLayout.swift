/// The width text output is fitted to, and whether evidence is shown whole.
struct TextLayout: Sendable {
    /// Characters per line; nil when lines are not fitted (piped output, `--wide`).
    let width: Int?
    /// True with `--wide`: no cell or evidence is cut.
    let wide: Bool

    /// Not fitted, evidence clipped at its usual length: what piped output gets.
    static let piped = TextLayout(width: nil, wide: false)

    /// Evidence of at most `limit` characters, whole with `--wide`.
    func evidenceLimit(_ limit: Int) -> Int { wide ? Int.max : limit }

    /// `line` cut to the width with `…` at the end; control characters escaped.
    func fit(_ line: String) -> String {
        let safe = TerminalText.escape(line, keepingNewlines: false)
        guard let width else { return safe }
        return safe.cut(to: width)
    }

    /// The table rendered for this layout.
    func render(_ table: TextTable) -> String { table.render(width: width) }
}
