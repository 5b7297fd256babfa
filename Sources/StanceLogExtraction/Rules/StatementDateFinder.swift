import StanceLogCore

/// Finds a date the sentence gives its statement: "im Jahr 2022", "am 6. August 2024", "im Juli 2023".
struct StatementDateFinder: Sendable {
    func date(in analysis: SentenceAnalysis) -> PartialDate? {
        let words = analysis.tokens.map(\.lower)
        for index in words.indices {
            guard let year = year(words[index]) else { continue }
            if index >= 2, words[index - 2] == "im", words[index - 1] == "jahr" {
                return PartialDate(year: year)
            }
            if index >= 1, let month = Abbreviations.months[words[index - 1]] {
                if index >= 3, words[index - 2] == ".", let day = Int(words[index - 3]) {
                    return PartialDate(year: year, month: month, day: day)
                }
                if index >= 2, ["im", "seit", "ende", "anfang", "mitte"].contains(words[index - 2]) {
                    return PartialDate(year: year, month: month)
                }
            }
        }
        return nil
    }

    private func year(_ word: String) -> Int? {
        guard word.count == 4, let value = Int(word), (1900...2100).contains(value) else { return nil }
        return value
    }
}
