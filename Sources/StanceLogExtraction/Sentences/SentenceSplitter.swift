/// Splits German news text into sentences, keeping scalar offsets.
///
/// Line breaks always end a sentence (scraped headings stand on their own
/// lines). Inside a line a sentence ends at `.`, `!`, `?` or `…` followed by
/// space and a capital, a digit or an opening quote, except after an
/// abbreviation (`Dr.`, `z.B.`, initials as in `J.D. Vance`) or an ordinal
/// (`6. August`). Closing quotes stay with their sentence. A heading glued to
/// the next sentence (`nicht realistischDie Eckpfeiler`) is split at the
/// lower-to-upper case change.
struct SentenceSplitter: Sendable {
    func sentences(in text: ScalarText, blocks: [Range<Int>]) -> [Sentence] {
        var result: [Sentence] = []
        for block in blocks {
            for line in lines(of: block, in: text) {
                split(line, in: text, into: &result)
            }
        }
        return result
    }

    private func lines(of block: Range<Int>, in text: ScalarText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = block.lowerBound
        for index in block where text.scalars[index] == "\n" {
            result.append(start..<index)
            start = index + 1
        }
        result.append(start..<block.upperBound)
        return result
    }

    private func split(_ line: Range<Int>, in text: ScalarText, into result: inout [Sentence]) {
        let scalars = text.scalars
        var start = line.lowerBound
        var index = line.lowerBound
        func emit(_ end: Int) {
            let range = text.trimmed(start..<end)
            if !range.isEmpty { result.append(Sentence(range: range, text: text.string(range))) }
            start = end
        }
        while index < line.upperBound {
            let scalar = scalars[index]
            if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}" {
                var end = index + 1
                while end < line.upperBound, isTerminalTrail(scalars[end]) { end += 1 }
                if end >= line.upperBound {
                    index = end
                    continue
                }
                if endsSentence(at: index, next: end, in: scalars, limit: line.upperBound) { emit(end) }
                index = end
                continue
            }
            if isGluedHeading(at: index, in: scalars, lineStart: line.lowerBound, limit: line.upperBound) {
                emit(index)
            }
            index += 1
        }
        emit(line.upperBound)
    }

    private func isTerminalTrail(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}" || scalar == ")"
            || ScalarClass.isQuote(scalar) || scalar == "\u{2019}"
    }

    /// Whether the terminator at `terminator`, whose trailing quotes end before `next`, ends a sentence.
    private func endsSentence(at terminator: Int, next: Int, in scalars: [Unicode.Scalar], limit: Int) -> Bool {
        let isPeriod = scalars[terminator] == "."
        let word = wordBefore(terminator, in: scalars)
        let follower = scalars[next]
        if !ScalarClass.isSpace(follower) {
            guard next == terminator + 1, isPeriod else { return false }
            if ScalarClass.isUpper(follower) { return !isAbbreviation(word) && word.count > 1 }
            if ScalarClass.isDigit(follower) { return word.last.map(ScalarClass.isLower) ?? false }
            return false
        }
        var look = next
        while look < limit, ScalarClass.isSpace(scalars[look]) { look += 1 }
        guard look < limit else { return true }
        let first = scalars[look]
        if ScalarClass.isLower(first) || first == "," || first == ";" || first == ":" { return false }
        guard isPeriod, next == terminator + 1 else { return true }
        if isAbbreviation(word) { return false }
        if !word.isEmpty, word.count <= 2, word.allSatisfy(ScalarClass.isDigit) { return false }
        return true
    }

    /// How far back from a period the splitter looks for an abbreviation. Abbreviations
    /// and initials are far shorter; without the bound, `A.A.A.…` over a megabyte would
    /// take time quadratic in its length.
    static let longestAbbreviation = 32

    /// The run of letters, digits and periods before `index`, at most one scalar longer
    /// than ``longestAbbreviation``.
    private func wordBefore(_ index: Int, in scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var start = index
        while start > 0, index - start <= Self.longestAbbreviation {
            let previous = scalars[start - 1]
            guard ScalarClass.isLetter(previous) || ScalarClass.isDigit(previous) || previous == "." else { break }
            start -= 1
        }
        return Array(scalars[start..<index])
    }

    /// The longest listed abbreviation in scalars: lower-casing never shortens a word, so a
    /// longer word need not be lower-cased and looked up.
    private static let longestListed = Abbreviations.words.map(\.unicodeScalars.count).max() ?? 0

    private func isAbbreviation(_ word: [Unicode.Scalar]) -> Bool {
        guard !word.isEmpty else { return false }
        if word.count == 1, ScalarClass.isLetter(word[0]) { return true }
        if word.count <= Self.longestListed {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: word)
            if Abbreviations.words.contains(String(text).lowercased()) { return true }
        }
        return isInitials(word)
    }

    /// `J.D`, `U.S.A`: two or more single scalars separated by periods. Reads the scalars
    /// without building a string: a run of initials calls this at every period.
    private func isInitials(_ word: [Unicode.Scalar]) -> Bool {
        var parts = 0
        var run = 0
        for scalar in word + ["."] {
            guard scalar == "." else {
                run += 1
                if run > 1 { return false }
                continue
            }
            parts += run
            run = 0
        }
        return parts > 1
    }

    /// `realistischDie`: a lower-case run of three or more letters followed by a capitalised word.
    private func isGluedHeading(at index: Int, in scalars: [Unicode.Scalar], lineStart: Int, limit: Int) -> Bool {
        guard index - 3 >= lineStart, index + 1 < limit, ScalarClass.isUpper(scalars[index]),
            ScalarClass.isLower(scalars[index + 1])
        else { return false }
        for offset in 1...3 where !ScalarClass.isLower(scalars[index - offset]) { return false }
        return true
    }
}
