/// Splits a sentence into word and punctuation tokens.
///
/// A word is a run of letters and digits, joined by inner hyphens, apostrophes
/// and periods (`Nato-Beitritt`, `60.000`, `J.D`).
struct Tokenizer: Sendable {
    /// Looks every word up for the phrase indexes registered in it; without one, every token
    /// gets ``HeadMask/all`` and each index walks its tries at every word.
    let lexicon: HeadLexicon?

    init(lexicon: HeadLexicon? = nil) {
        self.lexicon = lexicon
    }

    func tokens(in text: ScalarText, range: Range<Int>) -> [Token] {
        let scalars = text.scalars
        var tokens: [Token] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            if ScalarClass.isSpace(scalar) {
                index += 1
                continue
            }
            if isWordScalar(scalar) {
                var end = index + 1
                while end < range.upperBound {
                    if isWordScalar(scalars[end]) {
                        end += 1
                    } else if isJoiner(scalars[end]), end + 1 < range.upperBound, isWordScalar(scalars[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                tokens.append(word(index..<end, in: text, capitalized: ScalarClass.isUpper(scalar)))
                index = end
                continue
            }
            tokens.append(
                Token(range: index..<(index + 1), lower: String(Character(scalar)), kind: kind(of: scalar, at: index,
                    in: scalars, range: range), capitalized: false, heads: .none, flags: []))
            index += 1
        }
        return tokens
    }

    /// The word token of `range`: its lower-case form, head mask and word classes from the lexicon,
    /// else found here, with every head bit set.
    private func word(_ range: Range<Int>, in text: ScalarText, capitalized: Bool) -> Token {
        // Optional chaining reads the lexicon in place; binding it (`guard let`) copied it, and its
        // tries' buffers were retained and released at every word.
        if let entry = text.withUTF8(range, { lexicon?.word($0) }) {
            return Token(range: range, lower: entry.lower, kind: .word, capitalized: capitalized, heads: entry.heads,
                flags: entry.flags)
        }
        let lower = String(decoding: text.lowercasedBytes(range), as: UTF8.self)
        return Token(range: range, lower: lower, kind: .word, capitalized: capitalized, heads: .all,
            flags: WordFlags(lower: lower))
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar)
    }

    private func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "\u{2019}" || scalar == "." || scalar == "\u{2011}"
    }

    private func kind(of scalar: Unicode.Scalar, at index: Int, in scalars: [Unicode.Scalar], range: Range<Int>)
        -> Token.Kind
    {
        if ScalarClass.isQuote(scalar) { return .quote }
        switch scalar {
        case ",", ";", ":", "(", ")", "\u{2013}", "\u{2014}": return .boundary
        case "-":
            let spaced = index > range.lowerBound && ScalarClass.isSpace(scalars[index - 1])
            return spaced ? .boundary : .other
        default: return .other
        }
    }
}
