import Foundation
import StanceLogReport

/// An article's text as HTML with its evidence sentences in `<mark>`, every character escaped.
///
/// The evidence is found by its text (a correction may have replaced the stored spans);
/// overlapping finds merge into one mark. Line breaks stay, through the page's
/// `white-space: pre-wrap`.
struct MarkedText {
    let text: String
    /// The evidence sentences to mark; those not found in the text are left out.
    let evidence: [String]

    /// The whole text with every evidence sentence marked.
    func html() -> String {
        render(text.startIndex..<text.endIndex)
    }

    /// The paragraph around the first evidence sentence (or the text's start when none is found), marked.
    ///
    /// A paragraph ends at a blank line; a very long one is cut at a space about `radius` characters either side.
    func excerpt(radius: Int = 400) -> String {
        guard let first = ranges().first else { return render(text.startIndex..<text.prefix(2 * radius).endIndex) }
        let before = text[..<first.lowerBound].range(of: "\n\n", options: .backwards)?.upperBound ?? text.startIndex
        let after = text[first.upperBound...].range(of: "\n\n")?.lowerBound ?? text.endIndex
        var start = text.index(first.lowerBound, offsetBy: -radius, limitedBy: before) ?? before
        var end = text.index(first.upperBound, offsetBy: radius, limitedBy: after) ?? after
        if start > before { start = text[start..<first.lowerBound].firstIndex(where: \.isWhitespace) ?? start }
        if end < after { end = text[first.upperBound..<end].lastIndex(where: \.isWhitespace) ?? end }
        return (start > before ? "… " : "") + render(start..<end) + (end < after ? " …" : "")
    }

    /// Where the evidence sentences stand in the text, sorted, overlaps merged.
    private func ranges() -> [Range<String.Index>] {
        let found = evidence.filter { !$0.isEmpty }.compactMap { text.range(of: $0) }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<String.Index>] = []
        for range in found {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    private func render(_ part: Range<String.Index>) -> String {
        var out = ""
        var position = part.lowerBound
        for range in ranges() where range.lowerBound >= part.lowerBound && range.upperBound <= part.upperBound {
            out += HTMLText.escape(String(text[position..<range.lowerBound]))
            out += "<mark>" + HTMLText.escape(String(text[range])) + "</mark>"
            position = range.upperBound
        }
        return out + HTMLText.escape(String(text[position..<part.upperBound]))
    }
}
