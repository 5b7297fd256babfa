import Foundation
import StanceLogCore
import StanceLogTimeline

/// Checks that an analyst's evidence occurs in the article, and suggests the nearest sentence when not.
enum EvidenceCheck {
    /// - Throws: ``StanceLogError`` `invalidInput` naming the article and the nearest sentence.
    static func require(_ evidence: String, in articleText: String, article: ArticleID) throws {
        let wanted = Claim.normalise(evidence)
        let text = Claim.normalise(articleText)
        guard !text.contains(wanted) else { return }
        let hint = nearestSentence(to: wanted, in: text).map { "the nearest sentence is \u{201E}\($0)\u{201C}" }
        throw StanceLogError(
            .invalidInput,
            "--evidence does not occur in article \(article.short): \u{201E}\(wanted.prefix(120))\u{201C}",
            hint: (hint.map { $0 + "; " } ?? "") + "quote the article's sentence exactly (blank space may differ)")
    }

    /// The sentence of `text` sharing the most words with `evidence`; nil when none shares any.
    static func nearestSentence(to evidence: String, in text: String) -> String? {
        let words = Set(evidence.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
        var best: (score: Int, sentence: String)?
        for sentence in text.split(whereSeparator: { ".!?\n".contains($0) }) {
            let candidate = Set(sentence.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
            let score = words.intersection(candidate).count
            if score > (best?.score ?? 0) {
                best = (score, sentence.trimmingCharacters(in: .whitespaces))
            }
        }
        return best.map { String($0.sentence.prefix(160)) }
    }
}
