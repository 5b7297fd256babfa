import Glibc

/// Writes a line to standard error, keeping standard output for data; control characters are escaped.
///
/// A failure to write to standard error is ignored: there is nowhere left to report it.
func printError(_ line: String) {
    _ = FileDescriptorWriter.write(TerminalText.escape(line) + "\n", to: STDERR_FILENO)
}
