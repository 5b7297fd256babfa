import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// The codebook's `frame`, `noun`, `adjective`, `compound` and `except` keys: what the validator
/// refuses (naming the key) and what the bundled codebook promises.
@Suite struct CodebookFrameTests {
    private func failure(forCue cue: String) -> StanceLogError? {
        let json = """
            {"name": "x", "version": "1", "parties": [{"id": "A", "name": "A"}],
             "topics": [{"id": "t", "question": "q?"}], "stanceCues": [{"phrase": "fordert", "stance": 2}, \(cue)]}
            """
        return Fixtures.codebookFailure(json)
    }

    @Test func everyCueOfTheBundledCodebookHasAKnownFrame() throws {
        let codebook = try Codebook.bundled()
        #expect(codebook.stanceCues.allSatisfy { $0.frame?.direction != nil })
    }

    @Test func everyFrameHasCues() throws {
        let used = Set(try Codebook.bundled().stanceCues.compactMap(\.frame))
        #expect(StanceFrame.known.allSatisfy { used.contains($0.frame) })
    }

    @Test func anUnknownFrameIsRefusedNamingTheKey() throws {
        let error = try #require(failure(forCue: #"{"phrase": "lehnt ab", "stance": -2, "frame": "grumble"}"#))
        #expect(error.code == .invalidCodebook)
        #expect(error.message.contains("stanceCues[1].frame 'grumble'"))
        #expect(error.message.contains("reject"))
    }

    @Test func aFrameOfTheWrongSignIsRefused() throws {
        let error = try #require(failure(forCue: #"{"phrase": "lehnt ab", "stance": 2, "frame": "reject"}"#))
        #expect(error.message.contains("stanceCues[1].frame 'reject' needs a stance below 0"))
    }

    @Test func aCueWithoutAFrameIsValid() throws {
        #expect(failure(forCue: #"{"phrase": "lehnt ab", "stance": -2}"#) == nil)
    }

    @Test func aNounWithoutARegularPluralNeedsOne() throws {
        let error = try #require(failure(forCue: #"{"noun": "Ziel", "stance": 2, "kind": "noun"}"#))
        #expect(error.message.contains("stanceCues[1].noun 'Ziel'"))
        #expect(failure(forCue: #"{"noun": "Ziel", "plural": "Ziele", "stance": 2, "kind": "noun"}"#) == nil)
    }

    @Test func aNounOfSeveralWordsIsRefused() throws {
        let error = try #require(failure(forCue: #"{"noun": "rote Linie", "stance": -2}"#))
        #expect(error.message.contains("stanceCues[1].noun"))
    }

    @Test func twoLemmasInOneCueAreRefused() throws {
        let error = try #require(failure(forCue: #"{"noun": "Absage", "adjective": "ablehnend", "stance": -2}"#))
        #expect(error.message.contains("stanceCues[1] names 'noun' and 'adjective'"))
    }

    @Test func aCompoundWithoutANounIsRefused() throws {
        let error = try #require(failure(forCue: #"{"phrase": "absage", "compound": true, "stance": -2}"#))
        #expect(error.message.contains("stanceCues[1].compound"))
    }

    @Test func aBadAdjectiveOrGuardWordIsRefused() throws {
        let adjective = try #require(failure(forCue: #"{"adjective": "inakzept*", "stance": -2}"#))
        #expect(adjective.message.contains("stanceCues[1].adjective"))
        let guardWord = try #require(failure(forCue: #"{"noun": "Ziel", "plural": "Ziele", "compound": true, "except": ["angriffs ziel"], "stance": 2}"#))
        #expect(guardWord.message.contains("stanceCues[1].except"))
    }

    @Test func explainNamesTheCuesFrame() throws {
        let explanations = try Fixtures.extractor().explain(try Fixtures.text("Moskau lehnt Sicherheitsgarantien ab."))
        let cues = explanations.flatMap(\.cues)
        #expect(cues.contains { $0.hasSuffix("-2 predicate reject") })
        let decisions = explanations.flatMap(\.decisions)
        #expect(decisions.contains { $0.cue.hasSuffix("predicate reject") })
    }
}
