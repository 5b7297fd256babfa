/// Drops what a scrape carries besides the article: consent and cookie paragraphs,
/// "Empfohlener redaktioneller Inhalt", teaser lists ("Mehr zum Thema" to the end),
/// paywall script lines, photo credits, author and reading-time lines.
struct BoilerplateFilter: Sendable {
    /// Lines that start a block of teasers running to the end of the page.
    static let tailMarkers = [
        "mehr zum thema", "zur startseite", "das könnte sie auch interessieren", "weitere artikel",
        "lesen sie auch", "auch interessant", "mehr aus dem ressort", "newsletter", "kommentare",
    ]
    /// Phrases of consent, cookie and embed notices.
    static let consentPhrases = [
        "empfohlener redaktioneller inhalt", "an dieser stelle finden sie", "ich bin damit einverstanden",
        "externe inhalt", "externen inhalt", "datenschutz", "cookie", "personenbezogene daten",
        "drittplattform", "einwilligung", "drittanbieter", "klicken sie auf",
    ]
    /// Fragments of paywall or tracking scripts.
    static let scriptPhrases = [
        "showpaywall", "issubscriber", "ispaid", "console.", "function(", "window.", "document.", "});",
    ]
    /// Photo credits and source lines.
    static let creditPhrases = ["(foto:", "foto:", "bild:", "©", "(quelle:", "| quelle:", "quelle: afp",
        "quelle: dpa", "quelle: reuters", "imago images", "getty images"]
    /// Page furniture lines, compared whole.
    static let furniture: Set<String> = [
        "autor", "update", "zum hauptinhalt", "meine news", "teilen", "drucken", "stand:", "anzeige",
        "false", "true", "null", "|", "darum gehts", "darum geht's",
    ]

    /// The UTF-8 length of the longest furniture line: a longer line is not hashed into the set.
    private static let longestFurniture = furniture.map(\.utf8.count).max() ?? 0

    /// Any of these anywhere in a line makes it boilerplate: consent, script and credit phrases, editor lines.
    private static let markerPhrases = PhraseSet(consentPhrases + scriptPhrases + creditPhrases + [" redaktor", " redakteur"])

    /// The ranges of the lines that belong to the article.
    func body(of article: ArticleLines) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let total = max(article.text.count, 1)
        var teaserTitle = false
        for (index, line) in article.lines.enumerated() {
            let lower = LowerCase.string(line.text).trimmingSpaces()
            if lower.isEmpty { continue }
            if Self.tailMarkers.contains(where: { lower.hasPrefix($0) }) {
                if line.range.lowerBound * 10 > total * 3, !hasParagraph(after: index, in: article) { break }
                teaserTitle = true
                continue
            }
            // "Lesen Sie auch" inside the article: the teaser's title follows, then the article goes on.
            if teaserTitle {
                teaserTitle = false
                if let last = lower.utf8.last, !Self.sentenceEnds.contains(last) { continue }
            }
            if isBoilerplate(lower) { continue }
            var range = line.range
            if let prefix = article.datePrefix, range.contains(prefix.lowerBound) {
                range = prefix.upperBound..<range.upperBound
            }
            range = article.text.trimmed(range)
            if !range.isEmpty { result.append(range) }
        }
        return result
    }

    /// Whether a paragraph of article prose (40 words or more) comes after the line at `index`: a
    /// teaser list has headlines and short summaries only.
    private func hasParagraph(after index: Int, in article: ArticleLines) -> Bool {
        article.lines[(index + 1)...].contains { line in
            line.text.unicodeScalars.count(where: { $0 == " " }) >= 39
        }
    }

    /// Whether a line (in any case) is page furniture rather than article text.
    func isBoilerplate(line: String) -> Bool {
        isBoilerplate(LowerCase.string(line).trimmingSpaces())
    }

    private static let sentenceEnds: Set<UInt8> = Set(".!?:\"".utf8)

    private func isBoilerplate(_ lower: String) -> Bool {
        if lower.utf8.count <= Self.longestFurniture, Self.furniture.contains(lower) { return true }
        let bytes = Array(lower.utf8)
        if Self.markerPhrases.occurs(in: bytes) { return true }
        if lower.hasPrefix("aktualisiert:") || lower.hasPrefix("lesezeit:") || lower.hasPrefix("stand:")
            || lower.hasPrefix("veröffentlicht am") || lower.hasPrefix("quelle:")
        {
            return true
        }
        let words = bytes.count(where: { $0 == UInt8(ascii: " ") }) + 1
        guard words <= 2, let last = bytes.last else { return false }
        let closingQuote = lower.unicodeScalars.last.map { ["\u{201C}", "\u{201D}", "\u{00BB}"].contains($0) } ?? false
        return !Self.sentenceEnds.contains(last) && !closingQuote
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
