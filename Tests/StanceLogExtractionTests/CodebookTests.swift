import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

@Suite struct CodebookTests {
    private func failure(for json: String) -> StanceLogError? { Fixtures.codebookFailure(json) }

    private let minimal = """
        {"name": "x", "version": "1", "parties": [{"id": "A", "name": "A"}],
         "topics": [{"id": "t", "question": "q?"}], "stanceCues": [{"phrase": "fordert", "stance": 2}]}
        """

    @Test func theBundledCodebookLoadsAndKnowsItsIds() throws {
        let codebook = try Codebook.bundled()
        #expect(codebook.identity == "ukraine@2026.12")
        #expect(codebook.knows(party: "UA"))
        #expect(codebook.knows(topic: "security_guarantees"))
        #expect(!codebook.knows(party: "XX"))
    }

    @Test func aMinimalCodebookLoads() throws {
        let codebook = try Codebook.decode(Data(minimal.utf8), source: "test.json")
        #expect(codebook.parties.count == 1)
    }

    @Test func invalidJSONNamesTheLine() throws {
        let broken = "{\n  \"name\": \"x\",\n  \"version\": 1,,\n}"
        let error = try #require(failure(for: broken))
        #expect(error.code == .invalidCodebook)
        #expect(error.message.contains("test.json"))
        #expect(error.message.contains("line"))
    }

    @Test func aWrongTypeNamesTheKey() throws {
        let error = try #require(failure(for: minimal.replacingOccurrences(of: "\"stance\": 2", with: "\"stance\": \"x\"")))
        #expect(error.message.contains("stanceCues.0.stance"))
    }

    @Test func aMissingKeyIsNamed() throws {
        let error = try #require(failure(for: minimal.replacingOccurrences(of: "\"version\": \"1\",", with: "")))
        #expect(error.message.contains("version"))
    }

    @Test func aStanceOutsideTheScaleNamesTheCue() throws {
        let error = try #require(failure(for: minimal.replacingOccurrences(of: "\"stance\": 2", with: "\"stance\": 3")))
        #expect(error.message.contains("stanceCues[0].stance"))
    }

    @Test func anUnknownClaimantIsNamed() throws {
        let json = minimal.replacingOccurrences(of: "\"question\": \"q?\"", with: "\"question\": \"q?\", \"claimedBy\": [\"B\"]")
        let error = try #require(failure(for: json))
        #expect(error.message.contains("topics[0].claimedBy"))
    }

    @Test func aDuplicatePartyIdIsRejected() throws {
        let json = minimal.replacingOccurrences(
            of: "[{\"id\": \"A\", \"name\": \"A\"}]", with: "[{\"id\": \"A\", \"name\": \"A\"}, {\"id\": \"A\", \"name\": \"B\"}]")
        let error = try #require(failure(for: json))
        #expect(error.message.contains("parties[1].id"))
    }

    @Test func aVerbCueMatchesEveryFormOfItsLemma() throws {
        let json = minimal.replacingOccurrences(of: "{\"phrase\": \"fordert\", \"stance\": 2}", with: "{\"verb\": \"ablehnen\", \"stance\": -2}")
        let codebook = try Codebook.decode(Data(json.utf8), source: "test.json")
        #expect(codebook.stanceCues[0].phrase == "ablehnen")
        let forms = VerbForms.bundled.forms(of: "ablehnen")
        #expect(forms.contains(VerbForms.Form(word: "lehnte", particle: "ab")))
        #expect(forms.contains(VerbForms.Form(word: "abgelehnt", particle: nil)))
        #expect(forms.contains(VerbForms.Form(word: "ablehnt", particle: nil)))
    }

    @Test func aVerbMissingFromTheFormTableIsNamed() throws {
        let json = minimal.replacingOccurrences(of: "{\"phrase\": \"fordert\", \"stance\": 2}", with: "{\"verb\": \"frobnizieren\", \"stance\": 2}")
        let error = try #require(failure(for: json))
        #expect(error.message.contains("stanceCues[0].verb"))
    }

    @Test func aCueLimitedToAnUnknownTopicIsNamed() throws {
        let json = minimal.replacingOccurrences(of: "\"stance\": 2}", with: "\"stance\": 2, \"topics\": [\"nope\"]}")
        let error = try #require(failure(for: json))
        #expect(error.message.contains("stanceCues[0].topics"))
    }

    @Test func aBadPatternIsNamed() throws {
        let error = try #require(failure(for: minimal.replacingOccurrences(of: "\"fordert\"", with: "\"*\"")))
        #expect(error.message.contains("stanceCues[0].phrase"))
    }

    @Test func aCodebookWithoutNegotiationWordsLoadsWithNone() throws {
        let codebook = try Codebook.decode(Data(minimal.utf8), source: "test.json")
        #expect(codebook.negotiation == Codebook.Negotiation())
        #expect(codebook.stanceCues.allSatisfy { !$0.agreement && !$0.offer })
    }

    @Test func theBundledCodebookKnowsAgreementsOffersAndTalks() throws {
        let codebook = try Codebook.bundled()
        #expect(codebook.negotiation.window > 0)
        #expect(codebook.negotiation.subjects.contains("man"))
        #expect(codebook.stanceCues.contains { $0.phrase == "geeinigt" && $0.agreement })
        #expect(codebook.stanceCues.contains { $0.phrase == "im gegenzug für" && $0.offer && $0.kind == .preposition })
    }

    @Test func aBadNegotiationPhraseOrWindowIsNamed() throws {
        let talks = minimal.replacingOccurrences(of: "\"topics\"", with: "\"negotiation\": {\"talks\": [\"*\"]}, \"topics\"")
        #expect(try #require(failure(for: talks)).message.contains("negotiation.talks[0]"))
        let window = minimal.replacingOccurrences(of: "\"topics\"", with: "\"negotiation\": {\"window\": 99}, \"topics\"")
        #expect(try #require(failure(for: window)).message.contains("negotiation.window"))
    }

    @Test func aMissingFileIsReported() throws {
        #expect(throws: StanceLogError.self) {
            try Codebook.load(contentsOf: URL(fileURLWithPath: "/nonexistent/codebook.json"))
        }
    }
}
