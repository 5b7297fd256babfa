/// A cue as a sequence of token patterns that must occur one after another.
///
/// `"beitritt* zum bündnis"` is three patterns; tokens are split on spaces. A `…`
/// (or `...`) between patterns allows up to four other words in between:
/// `"grenzen … vor 2014"` matches "Grenzen der Ukraine vor 2014".
///
/// Bounds (the codebook validator refuses a phrase beyond them): at most
/// ``maximumGaps`` gaps and ``maximumElements`` patterns and gaps in all.
/// Matching a phrase with several gaps remembers each (pattern, token) it has
/// tried, so it costs at most patterns × reachable tokens × 5 steps at each
/// start, whatever the text: extraction stays linear in the article.
struct CuePhrase: Hashable, Sendable {
    enum Element: Hashable, Sendable {
        case word(TokenPattern)
        case gap
    }

    static let maximumGap = 4
    /// Gaps allowed in one phrase.
    static let maximumGaps = 3
    /// Patterns and gaps allowed in one phrase.
    static let maximumElements = 16

    let elements: [Element]
    /// Words (and words that begin with them) at which the phrase never starts: the guard of an
    /// ambiguous compound head (`*ziel` except `Angriffsziel`, `Angriffsziele`, …).
    let excludedHeads: [String]

    /// Parses a phrase; nil when it is empty, starts or ends with a gap, or has an invalid pattern.
    /// - Parameter except: words (any case) at which, or at whose longer forms, the phrase never starts.
    init?(_ text: String, except: [String] = []) {
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
        excludedHeads = except.map { $0.lowercased() }
    }

    /// The first pattern, which the index looks up.
    var head: TokenPattern? {
        if case .word(let pattern) = elements.first { return pattern }
        return nil
    }

    /// The number of gaps in the phrase.
    var gapCount: Int { elements.count(where: { $0 == .gap }) }

    /// Whether the phrase is within ``maximumGaps`` and ``maximumElements``.
    var isWithinBounds: Bool { gapCount <= Self.maximumGaps && elements.count <= Self.maximumElements }

    /// The token index after the phrase when it matches at `start`, else nil.
    ///
    /// The first match in the order "fewest words in the first gap, then in the next", as a plain backtracking
    /// search finds it; with more than one gap, each (element, token) outcome is remembered.
    func match(_ tokens: [Token], at start: Int) -> Int? {
        if !excludedHeads.isEmpty, start < tokens.count, excludedHeads.contains(where: tokens[start].lower.hasPrefix) {
            return nil
        }
        guard gapCount > 1 else { return match(tokens, element: 0, at: start, memo: nil) }
        let reach = min(elements.count * (Self.maximumGap + 1), max(0, tokens.count - start)) + 1
        let memo = Memo(start: start, span: reach, elements: elements.count)
        return match(tokens, element: 0, at: start, memo: memo)
    }

    /// Remembered outcomes of `match(element, index)` for one start: ``unknown``, ``noMatch`` or the end index.
    private final class Memo {
        static let unknown = -2
        static let noMatch = -1
        let start: Int
        let span: Int
        var table: [Int]

        init(start: Int, span: Int, elements: Int) {
            self.start = start
            self.span = span
            table = Array(repeating: Self.unknown, count: (elements + 1) * span)
        }
    }

    private func match(_ tokens: [Token], element: Int, at index: Int, memo: Memo?) -> Int? {
        guard let memo else { return uncachedMatch(tokens, element: element, at: index, memo: nil) }
        let slot = element * memo.span + (index - memo.start)
        let known = memo.table[slot]
        if known != Memo.unknown { return known == Memo.noMatch ? nil : known }
        let result = uncachedMatch(tokens, element: element, at: index, memo: memo)
        memo.table[slot] = result ?? Memo.noMatch
        return result
    }

    private func uncachedMatch(_ tokens: [Token], element: Int, at index: Int, memo: Memo?) -> Int? {
        if element == elements.count { return index }
        switch elements[element] {
        case .word(let pattern):
            guard index < tokens.count, tokens[index].isWord, pattern.matches(tokens[index].lower) else { return nil }
            return match(tokens, element: element + 1, at: index + 1, memo: memo)
        case .gap:
            var next = index
            for _ in 0...Self.maximumGap {
                if let end = match(tokens, element: element + 1, at: next, memo: memo) { return end }
                guard next < tokens.count, tokens[next].isWord else { return nil }
                next += 1
            }
            return nil
        }
    }
}
