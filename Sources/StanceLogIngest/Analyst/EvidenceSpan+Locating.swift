import Foundation
public import StanceLogCore

extension EvidenceSpan {
    /// The evidence with offsets when it occurs verbatim in the article text, without them otherwise.
    public static func locating(_ evidence: String, in articleText: String) -> EvidenceSpan {
        guard let range = articleText.range(of: evidence) else { return EvidenceSpan(text: evidence) }
        let scalars = articleText.unicodeScalars
        let start = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
        let length = evidence.unicodeScalars.count
        return EvidenceSpan(text: evidence, start: start, end: start + length)
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
