/// What ``InputCollector`` found: the articles to read, and the files it had to leave out.
public struct InputCollection: Sendable {
    public let inputs: [ArticleInput]
    /// `.txt` files in a folder whose names are not UTF-8, with each invalid byte shown as `\xNN`.
    public let unnamable: [String]

    public init(inputs: [ArticleInput], unnamable: [String]) {
        self.inputs = inputs
        self.unnamable = unnamable
    }
}
