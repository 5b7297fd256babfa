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
        let offset = sentence.range.lowerBound
        let scalars = sentence.text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: tokens[start].range.lowerBound - offset)
        let upper = scalars.index(scalars.startIndex, offsetBy: tokens[end - 1].range.upperBound - offset)
        return String(scalars[lower..<upper])
    }
}
