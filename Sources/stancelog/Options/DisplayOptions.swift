import ArgumentParser

/// `--wide`: how text output meets the terminal.
///
/// Tables and evidence lines fit the terminal (``TerminalWidth``), long evidence cut
/// with `…`; `--wide` shows every cell and every evidence sentence whole.
struct DisplayOptions: ParsableArguments {
    @Flag(name: [.customLong("wide"), .customLong("full")], help: "Show every column and evidence whole; do not fit the terminal.")
    var wide = false

    /// The layout for this run.
    var layout: TextLayout { TextLayout(width: wide ? nil : TerminalWidth.current(), wide: wide) }
}
