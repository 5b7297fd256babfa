import Foundation

/// A title for the report's source list when an article has none: the start of its lead sentence.
///
/// Scraped articles often begin with the lead paragraph (`date 2025-12-06 Nach neuen
/// Ukraine-Gesprächen gesteht Washington …`), so the reader finds no headline and the
/// source list would show "untitled". The lead's first sentence names the story
/// well enough: it is shown as the title, cut at a word boundary with `…` beyond
/// ``limit`` characters. It is derived when the report is written, not stored at ingest,
/// so the events of a log (and their hashes) stay as the ingest wrote them; a title from
/// the manifest or a headline in the text wins.
public enum LeadTitle {
    /// Characters at most, the ellipsis included.
    public static let limit = 100

    /// The lead's first sentence, shortened; nil when no line has at least six words.
    public static func derive(from text: String) -> String? {
        var lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        if let first = lines.first, first.hasPrefix("date ") {
            lines[0] = String(first.split(separator: " ", maxSplits: 2).dropFirst(2).first ?? "")
        }
        guard let lead = lines.first(where: { $0.split(separator: " ").count >= 6 }) else { return nil }
        return shortened(firstSentence(of: lead))
    }

    private static func firstSentence(of line: String) -> String {
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            let next = line.index(after: index)
            if ".!?".contains(character), next == line.endIndex || line[next] == " ", !previous.isNumber,
                line.distance(from: line.startIndex, to: index) > 20
            {
                return String(line[..<index])
            }
            previous = character
        }
        return line
    }

    private static func shortened(_ sentence: String) -> String {
        guard sentence.count > limit else { return sentence }
        let head = sentence.prefix(limit - 1)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:–-")) + "…"
    }
}
