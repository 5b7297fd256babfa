import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

@Suite struct RuleBasedExtractorTests {
    private func statements(_ raw: String) throws -> [String] {
        try Fixtures.extractor().extract(from: try Fixtures.text(raw)).map { statement in
            "\(statement.party) \(statement.topic) \(statement.stance)"
        }
    }

    private func attribution(_ raw: String) throws -> Attribution? {
        try Fixtures.extractor().extract(from: try Fixtures.text(raw)).first?.attribution
    }

    @Test func theHolderIsTheSubjectNotTheTopicsObject() throws {
        let text = "Moskau lehnt eine Zugehörigkeit der Ukraine zum westlichen Bündnis strikt ab."
        #expect(try statements(text) == ["RU nato_membership -2"])
    }

    @Test func aParticipleNamesOneHolderAndASourceAnother() throws {
        let text = "Den von der Ukraine gewünschten Nato-Beitritt wird es Hegseth zufolge nicht geben."
        #expect(Set(try statements(text)) == ["UA nato_membership +1", "US nato_membership -1"])
    }

    @Test func aGenitiveBesideANounCueIsTheHolder() throws {
        #expect(try statements("Der Beitritt zum Bündnis ist eine Kernforderung Kiews.") == ["UA nato_membership +2"])
    }

    @Test func theSpeakerHoldsAStanceWithoutAPartySubject() throws {
        let text = "Eine Rückkehr zu den Grenzen der Ukraine vor 2014 sei „unrealistisch“, sagte Hegseth."
        #expect(try statements(text) == ["US territory +1"])
    }

    @Test func coordinatedSubjectsAllHoldTheStance() throws {
        let text = "Bislang sind führende Nato-Staaten wie die USA und Deutschland nicht zu einer Einladung an die Ukraine bereit."
        #expect(Set(try statements(text)) == ["US nato_membership -1", "DE nato_membership -1"])
    }

    @Test func expertsAndMediaAreNotParties() throws {
        #expect(try statements("Die Verteidigungsexpertin Claudia Major lehnt Sicherheitsgarantien ab.").isEmpty)
        #expect(try statements("Nato-Militärs gehen davon aus, dass Deutschland Friedenstruppen schicken könnte.").isEmpty)
    }

    @Test func aStanceImposedOnUkraineIsNotUkraines() throws {
        #expect(try statements("Dazu soll die Ukraine auf einen Beitritt zur Nato verzichten.").isEmpty)
    }

    @Test func negationBeforeTheTopicTurnsTheStance() throws {
        let text = "Die US-Regierung werde keine Friedenstruppen in die Ukraine schicken, betont Hegseth."
        #expect(try statements(text) == ["US security_guarantees -1"])
    }

    @Test func negationInTheClauseTurnsReadinessIntoReluctance() throws {
        #expect(try statements("Die Bundesregierung ist nicht bereit, Friedenstruppen zu entsenden.") == [
            "DE security_guarantees -1"
        ])
    }

    @Test func aNegatedRejectionIsOpenness() throws {
        let text = "Macron schloss eine Entsendung französischer Truppen zur Absicherung eines Waffenstillstands nicht aus."
        #expect(try statements(text) == ["FR security_guarantees +1"])
    }

    @Test func aNegatedBeliefGovernsItsDassClause() throws {
        let text = "„Ich glaube nicht, dass wir für den Nato-Beitritt der Ukraine bereit sind“, sagte Biden."
        #expect(try statements(text) == ["US nato_membership -1"])
    }

    @Test func quotesAndVerbsOfSayingAreDirect() throws {
        #expect(try attribution("„Wir lehnen einen Nato-Beitritt der Ukraine ab“, sagte Peskow.") == .direct)
    }

    @Test func sourceMarkersMakeAStanceReported() throws {
        #expect(try attribution("Nach Angaben der Zeitung lehnt Moskau einen Nato-Beitritt der Ukraine ab.") == .reported)
    }

    @Test func konjunktivWithoutASpeakerIsReported() throws {
        #expect(try attribution("Moskau lehne einen Nato-Beitritt der Ukraine ab.") == .reported)
    }

    @Test func inferenceMarkersMakeAStanceInferred() throws {
        #expect(try attribution("Offenbar lehnt Moskau einen Nato-Beitritt der Ukraine ab.") == .inferred)
    }

    @Test func repeatedStatementsMergeWithEveryEvidenceSpan() throws {
        let raw = "Moskau lehnt einen Nato-Beitritt der Ukraine ab. Es regnet. Der Kreml lehnt den Nato-Beitritt ab."
        let text = try Fixtures.text(raw)
        let statements = try Fixtures.extractor().extract(from: text)
        let statement = try #require(statements.first)
        #expect(statements.count == 1)
        #expect(statement.evidence.count == 2)
        let scalars = Array(text.value.unicodeScalars)
        for span in statement.evidence {
            let start = try #require(span.start)
            let end = try #require(span.end)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == span.text)
        }
    }

    @Test func aDateInTheSentenceDatesTheStatement() throws {
        let text = try Fixtures.text("Im Jahr 2022 lehnte Selenskyj Gebietsabtretungen ab.")
        #expect(try Fixtures.extractor().extract(from: text).first?.date?.description == "2022")
    }

    @Test func recordsExtractorNameVersionAndCodebook() throws {
        #expect(try Fixtures.extractor().identity.key == "rules@1.14.0+ukraine@2026.12")
    }
}
