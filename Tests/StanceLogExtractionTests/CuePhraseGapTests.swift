import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Issue 14, finding 7: gaps match as before, with the remembered search, and the bound is stated.
@Suite struct CuePhraseGapTests {
    private func tokens(_ sentence: String) -> [Token] {
        let text = ScalarText(sentence)
        return Tokenizer().tokens(in: text, range: 0..<text.scalars.count)
    }

    @Test(arguments: [
        ("lehn* … vorschlag … ab", "Russland lehnt den neuen Vorschlag klar ab", 1, 7),
        ("lehn* … vorschlag … ab", "Russland lehnt Vorschlag ab", 1, 4),
        ("lehn* … vorschlag … ab", "Russland lehnt den neuen Vorschlag nicht wirklich klar und eindeutig ab", nil as Int?, nil as Int?),
        ("a … b … c … d", "x a 1 2 b 3 c d", 1, 8),
        ("a … b … c … d", "a b c 1 2 3 4 5 d", nil, nil),
    ])
    func aPhraseWithSeveralGapsMatchesWhereBacktrackingWould(phrase: String, sentence: String, start: Int?, end: Int?) throws {
        let cue = try #require(CuePhrase(phrase))
        let words = tokens(sentence)
        let found = words.indices.lazy.compactMap { index in cue.match(words, at: index).map { (index, $0) } }.first
        #expect(found?.0 == start)
        #expect(found?.1 == end)
    }

    @Test func theBoundIsThreeGapsAndSixteenParts() throws {
        #expect(try #require(CuePhrase("a … b … c … d")).isWithinBounds)
        #expect(try #require(CuePhrase("a … b … c … d … e")).isWithinBounds == false)
        #expect(try #require(CuePhrase((1...17).map { "w\($0)" }.joined(separator: " "))).isWithinBounds == false)
    }

    @Test func theWorstAcceptedPhraseOnAThousandMatchingWordsFinishes() throws {
        let cue = try #require(CuePhrase("*e* … *e* … *e* … *e* *e* *e* *e* *e* *e* *e* *e* *e* zzqx"))
        #expect(cue.isWithinBounds)
        let words = tokens(Array(repeating: "eine", count: 1_000).joined(separator: " "))
        #expect(words.indices.allSatisfy { cue.match(words, at: $0) == nil })
    }
}
