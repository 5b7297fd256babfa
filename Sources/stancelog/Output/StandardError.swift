import Foundation

/// Writes a line to standard error, keeping standard output for data.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
