/// A sentence of an article: its text and its scalar range in the normalised text.
struct Sentence: Hashable, Sendable {
    let range: Range<Int>
    let text: String
}
