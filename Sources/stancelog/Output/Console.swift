import Foundation

/// Writes text meant for people to standard output, control characters escaped.
func printText(_ text: String) {
    print(TerminalText.escape(text))
}

/// Writes data for programs (JSON, CSV) to standard output exactly as given.
func printData(_ text: String) {
    print(text, terminator: text.utf8.last == 0x0A ? "" : "\n")
}

/// `1 statement`, `2 statements`: a count with its noun in the right number.
func counted(_ count: some BinaryInteger, _ singular: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
