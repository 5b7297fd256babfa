import StanceLogCore

/// Finds an article's publication date.
///
/// Forms: a leading `date 2025-12-06` or `date 2025-02` marker; `04.11.2023 18:33`
/// on its own line near the top or beside `Aktualisiert:` / `Stand:`; `08. Juli 2023`
/// in a dateline. Dates in running text ("der Vorstoß vom 6. August 2024") and in
/// teaser lists after the body are not the article's date. A day found in the text
/// refines a month-precise marker when they agree.
struct DateDetector: Sendable {
    struct Found: Sendable {
        let date: PartialDate
        let evidence: EvidenceSpan
    }

    private struct Candidate {
        let date: PartialDate
        let range: Range<Int>
        let labelled: Bool
    }

    static let labels = ["stand:", "aktualisiert:", "veröffentlicht", "datum:", "erschienen"]
    private static let labelPhrases = PhraseSet(labels)

    func publicationDate(in article: ArticleLines, body: [Range<Int>]) -> Found? {
        let text = article.text
        let marker = article.datePrefix.flatMap { prefix -> Found? in
            let digits = text.trimmed(5..<prefix.upperBound)
            guard let date = PartialDate(text.string(digits)) else { return nil }
            return Found(date: date, evidence: EvidenceSpan(text: text.string(digits), start: digits.lowerBound,
                end: digits.upperBound))
        }
        let bodyEnd = body.last?.upperBound ?? text.count
        let headEnd = min(bodyEnd, max(text.count / 2, 400))
        var candidates: [Candidate] = []
        for line in article.lines where line.range.lowerBound < headEnd {
            candidates.append(contentsOf: self.candidates(in: line, text: text))
        }
        let best = candidates.first(where: \.labelled) ?? candidates.first
        guard let best else { return marker }
        let found = Found(
            date: best.date,
            evidence: EvidenceSpan(text: text.string(best.range), start: best.range.lowerBound,
                end: best.range.upperBound))
        guard let marker else { return found }
        let agrees = marker.date.year == best.date.year
            && (marker.date.month == nil || marker.date.month == best.date.month)
        return agrees && best.date.precision > marker.date.precision ? found : marker
    }

    private func candidates(in line: ArticleLines.Line, text: ScalarText) -> [Candidate] {
        let scalars = text.scalars
        let labelled = Self.labelPhrases.occurs(in: LowerCase.bytes(line.text.utf8))
        var result: [Candidate] = []
        var index = line.range.lowerBound
        while index < line.range.upperBound {
            guard ScalarClass.isDigit(scalars[index]), index == line.range.lowerBound
                || !ScalarClass.isDigit(scalars[index - 1])
            else {
                index += 1
                continue
            }
            if let (date, end) = parse(at: index, in: scalars, limit: line.range.upperBound),
                labelled || isDateline(index, end, line: line.range, scalars: scalars)
            {
                result.append(Candidate(date: date, range: index..<end, labelled: labelled))
                index = end
            } else {
                index += 1
            }
        }
        return result
    }

    /// `04.11.2023` or `8. Juli 2023` starting at `start`.
    private func parse(at start: Int, in scalars: [Unicode.Scalar], limit: Int) -> (PartialDate, Int)? {
        var index = start
        func number(maxDigits: Int) -> Int? {
            var value = 0
            var digits = 0
            while index < limit, digits < maxDigits, ScalarClass.isDigit(scalars[index]) {
                value = value * 10 + Int(scalars[index].value - 48)
                index += 1
                digits += 1
            }
            return digits > 0 ? value : nil
        }
        guard let day = number(maxDigits: 2), index < limit, scalars[index] == "." else { return nil }
        index += 1
        if index < limit, ScalarClass.isDigit(scalars[index]) {
            guard let month = number(maxDigits: 2), index < limit, scalars[index] == "." else { return nil }
            index += 1
            let yearStart = index
            guard let year = number(maxDigits: 4), index - yearStart == 4,
                let date = PartialDate(year: year, month: month, day: day)
            else { return nil }
            return (date, index)
        }
        while index < limit, scalars[index] == " " { index += 1 }
        var name = String.UnicodeScalarView()
        while index < limit, ScalarClass.isLetter(scalars[index]) {
            name.append(scalars[index])
            index += 1
        }
        guard let month = Abbreviations.months[String(name).lowercased()] else { return nil }
        while index < limit, scalars[index] == " " { index += 1 }
        let yearStart = index
        guard let year = number(maxDigits: 4), index - yearStart == 4,
            let date = PartialDate(year: year, month: month, day: day)
        else { return nil }
        return (date, index)
    }

    /// A date standing at the start of its line, or followed by a time, `|` or the line's end.
    private func isDateline(_ start: Int, _ end: Int, line: Range<Int>, scalars: [Unicode.Scalar]) -> Bool {
        var before = start
        while before > line.lowerBound, scalars[before - 1] == " " { before -= 1 }
        if before == line.lowerBound { return true }
        var after = end
        while after < line.upperBound, scalars[after] == " " || scalars[after] == "," { after += 1 }
        if after == line.upperBound || scalars[after] == "|" { return true }
        return after + 2 < line.upperBound && ScalarClass.isDigit(scalars[after])
            && (scalars[after + 1] == ":" || scalars[after + 2] == ":")
    }
}
