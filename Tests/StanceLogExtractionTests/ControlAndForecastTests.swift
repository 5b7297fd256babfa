import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Scope and holder rules added for issue 11 in rules@1.8.0, on sentences written for the test (none
/// from the corpus); each gave no or the wrong statement before its rule.
@Suite struct ControlAndForecastTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func withoutTheTopicNothingIsAPrecondition() throws {
        #expect(try tuples("Ohne Sicherheitsgarantien werde es keinen Frieden geben, sagte Macron.") == ["FR security_guarantees +"])
        #expect(try tuples("Sybiha sagte, ohne einen Beitritt zur Nato werde sein Land nie sicher sein.") == ["UA nato_membership +"])
    }

    @Test func whatTheTopicsPartyWillNotDoIsTheSpeakersForecast() throws {
        #expect(try tuples("Die Ukraine werde niemals Teil der Nato sein, sagte Peskow.") == ["RU nato_membership -"])
        #expect(try tuples("Vance sagte, die Ukraine werde dem Bündnis nicht beitreten.") == ["US nato_membership -"])
    }

    @Test func aForecastGivesWayToAStanceWord() throws {
        #expect(
            try tuples("Merz versprach, die Ukraine werde dem Bündnis beitreten.") == ["DE nato_membership +"])
        #expect(try tuples("Die Ukraine wird der Nato nicht beitreten.").isEmpty)
    }

    @Test func anInfinitiveAfterAHeldNounIsThatHoldersAct() throws {
        #expect(
            try tuples("Die Bereitschaft Frankreichs, Soldaten zur Absicherung zu entsenden, stößt in Moskau auf Kritik.")
                .contains("FR security_guarantees +"))
    }

    @Test func aVerbOfStanceReportsTheObligationItGoverns() throws {
        #expect(try tuples("Der Kremlchef verlangte, die Ukraine müsse auf die Nato verzichten.") == ["RU nato_membership -"])
    }

    @Test func twoMentionsOfOneNounPhraseShareTheVerb() throws {
        #expect(
            try tuples("Lawrow bekräftigte, ein Beitritt der Ukraine in die Nato komme nicht infrage.") == ["RU nato_membership -"])
    }

    @Test func aDatelineIsNoSpeaker() throws {
        #expect(
            try tuples("MOSKAU (dpa) - Die Mehrheit der Befragten lehnt die Stationierung von Nato-Soldaten ab.").isEmpty)
    }

    @Test func aFormerOfficialNamedByANonPartyIsNoParty() throws {
        #expect(
            try tuples("Der frühere US-Außenminister Henry Kissinger hatte vorgeschlagen, die Ukraine solle die Krim abtreten.")
                .isEmpty)
    }
}
