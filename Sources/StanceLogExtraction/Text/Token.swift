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
    /// The closed word classes of `lower`; none for punctuation.
    let flags: WordFlags

    var isWord: Bool { kind == .word }

    /// Whether the word is a document noun (``DocumentOwner/isDocument(_:)``).
    var isDocument: Bool { flags.contains(.document) }
}
