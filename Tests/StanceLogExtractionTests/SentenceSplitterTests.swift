import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

@Suite struct SentenceSplitterTests {
    private func sentences(_ raw: String) throws -> [String] {
        let text = ScalarText(try Fixtures.text(raw))
        return SentenceSplitter().sentences(in: text, blocks: [0..<text.count]).map(\.text)
    }

    @Test(arguments: [
        "Washington, D.C./Moskau – Der Kreml steht in Kontakt mit der Regierung.",
        "US-Vizepräsident J.D. Vance wird sich mit Selenskyj treffen.",
        "Dr. Müller sprach mit Prof. Schmidt über z.B. Sicherheitsgarantien.",
        "Der Vorstoß vom 6. August 2024 könne nicht hoch genug eingeschätzt werden.",
        "Die russische Gegenoffensive mit 60.000 Soldaten stecke fest.",
    ])
    func keepsAbbreviationsOrdinalsAndNumbersInOneSentence(_ sentence: String) throws {
        #expect(try sentences(sentence) == [sentence])
    }

    @Test func splitsAtSentenceEnds() throws {
        #expect(try sentences("Das ist ein Satz. Das ist noch einer! Und ein dritter?") == [
            "Das ist ein Satz.", "Das ist noch einer!", "Und ein dritter?",
        ])
    }

    @Test func keepsClosingQuotesWithTheirSentence() throws {
        let text = "„Ich kann keine weiteren Details bekannt geben.“ Peskow wies das zurück."
        #expect(try sentences(text) == ["„Ich kann keine weiteren Details bekannt geben.“", "Peskow wies das zurück."])
    }

    @Test func doesNotSplitAtAQuotedSentenceFollowedByItsSpeaker() throws {
        let text = "„Es gibt Kontakte.“, zitiert die Moscow Times Peskow. «Beide Seiten waren sich einig», heisst es."
        #expect(try sentences(text) == [
            "„Es gibt Kontakte.“, zitiert die Moscow Times Peskow.", "«Beide Seiten waren sich einig», heisst es.",
        ])
    }

    @Test func splitsAHeadingGluedToTheNextSentence() throws {
        let text = "US-Minister – Nato-Mitgliedschaft nicht realistischDie Eckpfeiler dieses Plans sind klar."
        #expect(try sentences(text) == [
            "US-Minister – Nato-Mitgliedschaft nicht realistisch", "Die Eckpfeiler dieses Plans sind klar.",
        ])
    }

    @Test func splitsAtAPeriodWithoutSpace() throws {
        #expect(try sentences("Kiew lehne das ab.Für Selenskyj ist das ein Debakel.") == [
            "Kiew lehne das ab.", "Für Selenskyj ist das ein Debakel.",
        ])
    }

    @Test func endsSentencesAtLineBreaks() throws {
        #expect(try sentences("Kiews neue Lage\nDer Text folgt.") == ["Kiews neue Lage", "Der Text folgt."])
    }
}
