/// A cue as a sequence of token patterns that must occur one after another.
///
/// `"beitritt* zum bündnis"` is three patterns; tokens are split on spaces.
struct CuePhrase: Hashable, Sendable {
    let patterns: [TokenPattern]

    /// Parses a phrase; nil when it is empty or one of its tokens is not a valid pattern.
    init?(_ text: String) {
        var patterns: [TokenPattern] = []
        for part in text.split(separator: " ") {
            guard let pattern = TokenPattern(part) else { return nil }
            patterns.append(pattern)
        }
        guard !patterns.isEmpty else { return nil }
        self.patterns = patterns
    }
}
