/// Makes text safe to print on a terminal: control characters are shown, never obeyed.
///
/// An article title, outlet, file name or evidence sentence may hold ESC, BEL or an
/// OSC sequence (window title, screen clear, OSC 52 clipboard write). Printed raw,
/// the terminal would act on it. Every table, Markdown and message line goes through
/// ``escape(_:keepingNewlines:)``: C0 and C1 controls and DEL become `\xHH` (tab `\t`,
/// carriage return `\r`), and the bidirectional overrides and isolates, which reorder
/// what is shown, become `\u{HHHH}`. JSON escapes controls itself; CSV is data for
/// programs and is written as it is.
enum TerminalText {
    /// `text` with every control character replaced by a visible escape.
    ///
    /// - Parameter keepingNewlines: keep line feeds (for whole outputs made of lines);
    ///   false escapes them too (`\n`), for one table cell.
    static func escape(_ text: String, keepingNewlines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingNewlines: keepingNewlines) }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar, keepingNewlines: keepingNewlines) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            result += visible(scalar)
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: !keepingNewlines
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x00...0xFF: return "\\x" + hex(scalar.value, digits: 2)
        default: return "\\u{" + hex(scalar.value, digits: 4) + "}"
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
