/// Finds an article's headline: a short line near the top that does not end like a sentence.
struct TitleFinder: Sendable {
    func title(in article: ArticleLines) -> String? {
        if let prefix = article.datePrefix, let first = article.lines.first {
            let rest = article.text.trimmed(prefix.upperBound..<first.range.upperBound)
            let text = article.text.string(rest)
            return isHeadline(text) ? text : nil
        }
        for line in article.lines.prefix(10) {
            let text = line.text.trimmingSpaces()
            if isHeadline(text), !BoilerplateFilter().isBoilerplate(line: text) {
                return text
            }
        }
        return nil
    }

    private func isHeadline(_ text: String) -> Bool {
        // Up to 26 words: a paragraph is not split to its end (the text is trimmed, so a rest after
        // the 25th word holds a 26th).
        let words = text.split(separator: " ", maxSplits: 25).count
        guard (3...25).contains(words), let last = text.last else { return false }
        return last != "."
    }

}
