import Foundation

/// Writes a line to standard error, keeping standard output for data; control characters are escaped.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((TerminalText.escape(line) + "\n").utf8))
}
