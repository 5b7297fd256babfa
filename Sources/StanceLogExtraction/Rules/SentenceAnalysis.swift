/// What the rules see in one sentence: tokens, clauses, quotes, mentions and cues.
struct SentenceAnalysis: Sendable {
    let sentence: Sentence
    let tokens: [Token]
    /// The clause each token belongs to; clauses are separated by `,` `;` `:` dashes and brackets.
    let clause: [Int]
    /// Whether a token stands inside quotation marks.
    let quoted: [Bool]
    let actors: [ActorMention]
    let topics: [TopicMention]
    let cues: [CueMention]
    /// Tokens that negate (`nicht`, `keine`), excluding those inside a cue such as `nicht diskutierbar`.
    let negations: [Int]

    /// The token range of clause `index`.
    func tokens(ofClause index: Int) -> Range<Int> {
        guard let first = clause.firstIndex(of: index), let last = clause.lastIndex(of: index) else { return 0..<0 }
        return first..<(last + 1)
    }

    func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count && tokens[index].isWord ? tokens[index].lower : nil
    }

    func text(of start: Int, _ end: Int) -> String {
        let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
        let offset = sentence.range.lowerBound
        let scalars = Array(sentence.text.unicodeScalars)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[(range.lowerBound - offset)..<(range.upperBound - offset)])
        return String(result)
    }
}
