/// Wraps the long lines of plain text (not tables) at word boundaries to a width, keeping every word.
///
/// For output whose lines carry whole sentences (`evaluate`'s misses): cutting them would hide the
/// evidence a reader needs, so each continuation line is indented like the line it continues. A word
/// longer than the width stands on its own line. Without a width (piped output) the text is unchanged.
struct LineWrapper: Sendable {
    /// Characters per line; nil leaves the text as it is.
    let width: Int?

    /// `text` with each line longer than ``width`` wrapped.
    func wrap(_ text: String) -> String {
        guard let width else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    private func wrapLine(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        let indent = String(line.prefix { $0 == " " })
        var lines: [String] = []
        var current = indent
        for word in line.dropFirst(indent.count).split(separator: " ") {
            if current.count > indent.count, current.count + 1 + word.count > width {
                lines.append(current)
                current = indent
            }
            current += (current.count > indent.count ? " " : "") + word
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
