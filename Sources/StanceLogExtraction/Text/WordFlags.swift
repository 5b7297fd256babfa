/// Closed word classes of a word, found once per distinct word (``WordCache``) so that a rule
/// reads a bit of the token instead of hashing its word into a set at every sentence.
struct WordFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    /// A document noun, also as a compound's head (``DocumentOwner/isDocument(_:)``).
    static let document = WordFlags(rawValue: 1 << 0)

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The classes of the lower-case word `lower`.
    init(lower: String) {
        self.init(rawValue: 0)
        if DocumentOwner.isDocument(lower) { insert(.document) }
    }
}
