import StanceLogCore

/// Builds an article's text and counts Unicode scalars, so evidence offsets come for free.
struct TextWriter {
    private(set) var text = ""
    private var scalars = 0
    private var inParagraph = false

    private mutating func append(_ piece: String) {
        text += piece
        scalars += piece.unicodeScalars.count
    }

    mutating func line(_ line: String) {
        paragraphEnd()
        append(line + "\n")
    }

    mutating func blank() {
        append("\n")
    }

    /// Appends a sentence to the current paragraph and returns where it stands.
    @discardableResult
    mutating func sentence(_ sentence: String) -> EvidenceSpan {
        if inParagraph { append(" ") }
        inParagraph = true
        let start = scalars
        append(sentence)
        return EvidenceSpan(text: sentence, start: start, end: scalars)
    }

    mutating func paragraphEnd() {
        guard inParagraph else { return }
        inParagraph = false
        append("\n\n")
    }

    /// The text without trailing whitespace (offsets stay valid: nothing before them changes).
    var finished: String {
        var result = text
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}
