/// A word or punctuation mark of a sentence, with its scalar range in the article.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case word
        /// `,` `;` `:` `–` `(` `)`: ends a clause.
        case boundary
        case quote
        case other
    }

    let range: Range<Int>
    let lower: String
    let kind: Kind
    let capitalized: Bool
    /// The phrase indexes that may start a phrase at this word (``HeadLexicon``).
    let heads: HeadMask

    var isWord: Bool { kind == .word }
}
