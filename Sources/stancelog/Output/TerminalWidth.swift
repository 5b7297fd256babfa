import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How wide standard output is: `COLUMNS` when set, else the terminal's width, else unlimited.
///
/// Output piped to a file or program is not fitted to any width (unless `COLUMNS`
/// says so), so scripts see the same lines whatever window the command ran in.
enum TerminalWidth {
    /// The width to fit tables and lines to; nil when output is not fitted.
    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        if let columns = environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), columns > 0 {
            return max(columns, 20)
        }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return max(Int(size.ws_col), 20)
    }

    /// True when standard error is a terminal (progress is shown only then).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
