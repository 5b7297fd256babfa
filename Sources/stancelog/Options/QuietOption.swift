import ArgumentParser

/// `--quiet`: no progress and no summary, only errors (and the exit code).
struct QuietOption: ParsableArguments {
    @Flag(name: [.customShort("q"), .long], help: "Print no progress and no summary; errors still go to standard error.")
    var quiet = false

    /// Prints `text` for people unless `--quiet`.
    func say(_ text: String) {
        if !quiet { printText(text) }
    }

    /// A progress meter on standard error (shown only on a terminal, after a second), silent with `--quiet`.
    func meter(_ label: String, total: Int? = nil) -> ProgressMeter {
        ProgressMeter(label: label, total: total, enabled: !quiet && TerminalWidth.standardErrorIsTerminal)
    }
}
