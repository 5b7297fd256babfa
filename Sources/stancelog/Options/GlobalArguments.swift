/// Moves the options people type before the subcommand (`stancelog --db log.sqlite state`) after it.
///
/// ArgumentParser reads a subcommand's options after its name only; `--db` is the one
/// option every log command shares, and users of git and sqlite3 put it first.
enum GlobalArguments {
    /// `arguments` with every leading `--db PATH` or `--db=PATH` moved after the subcommand name.
    static func normalized(_ arguments: [String]) -> [String] {
        var moved: [String] = []
        var rest = arguments[...]
        while let first = rest.first {
            if first == "--db", rest.count >= 2 {
                moved += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if first.hasPrefix("--db=") {
                moved.append(first)
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        guard !moved.isEmpty, let subcommand = rest.first, !subcommand.hasPrefix("-") else { return arguments }
        return [subcommand] + moved + rest.dropFirst()
    }
}
