extension PostgresURL {
    /// Where this machine keeps its SQLite mirror of the log at this URL.
    ///
    /// `$XDG_CACHE_HOME/stancelog/`, else `$HOME/.cache/stancelog/`, one file per
    /// server log, named after the URL (without a password, which it never holds).
    public func mirrorPath(environment: [String: String]) -> String {
        let cache =
            environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].map { "\($0)/.cache" } ?? "/tmp")
        let name = String(
            description.dropFirst("postgres://".count).map { character in
                character.isASCII && (character.isLetter || character.isNumber || "._-@".contains(character))
                    ? character : "_"
            })
        return "\(cache)/stancelog/\(name).sqlite"
    }
}
