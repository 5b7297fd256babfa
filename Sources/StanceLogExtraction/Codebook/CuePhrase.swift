/// A cue as a sequence of token patterns that must occur one after another.
///
/// `"beitritt* zum bündnis"` is three patterns; tokens are split on spaces. A `…`
/// (or `...`) between patterns allows up to four other words in between:
/// `"grenzen … vor 2014"` matches "Grenzen der Ukraine vor 2014".
struct CuePhrase: Hashable, Sendable {
    enum Element: Hashable, Sendable {
        case word(TokenPattern)
        case gap
    }

    static let maximumGap = 4

    let elements: [Element]

    /// Parses a phrase; nil when it is empty, starts or ends with a gap, or has an invalid pattern.
    init?(_ text: String) {
        var elements: [Element] = []
        for part in text.split(separator: " ") {
            if part == "\u{2026}" || part == "..." {
                elements.append(.gap)
                continue
            }
            guard let pattern = TokenPattern(part) else { return nil }
            elements.append(.word(pattern))
        }
        guard case .word = elements.first, case .word = elements.last else { return nil }
        self.elements = elements
    }

    /// The first pattern, which the index looks up.
    var head: TokenPattern? {
        if case .word(let pattern) = elements.first { return pattern }
        return nil
    }

    /// The token index after the phrase when it matches at `start`, else nil.
    func match(_ tokens: [Token], at start: Int) -> Int? {
        match(tokens, element: 0, at: start)
    }

    private func match(_ tokens: [Token], element: Int, at index: Int) -> Int? {
        if element == elements.count { return index }
        switch elements[element] {
        case .word(let pattern):
            guard index < tokens.count, tokens[index].isWord, pattern.matches(tokens[index].lower) else { return nil }
            return match(tokens, element: element + 1, at: index + 1)
        case .gap:
            var next = index
            for _ in 0...Self.maximumGap {
                if let end = match(tokens, element: element + 1, at: next) { return end }
                guard next < tokens.count, tokens[next].isWord else { return nil }
                next += 1
            }
            return nil
        }
    }
}
