import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Rules and vocabulary of rules@1.13.0 (issue 11), on sentences written for the test (none from the
/// corpus or the validation set): roles of a party's institution or in its capital, a denied veto as the
/// speaker's stance, the reporter of words that take no stance, a clause of contrast, clauses embedded
/// after a topic noun, and general formulas of territory and guarantees. Each expectation gave no or
/// another statement with rules@1.12.0; the controls at the end pass either way.
@Suite struct EmbeddedClauseAndSpeakerTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func aRoleOfAPartysInstitutionOrInItsCapitalSpeaksForIt() throws {
        #expect(
            try tuples("Ein Sprecher des ukrainischen Außenministeriums sagte, man werde die Annexion niemals anerkennen.")
                == ["UA territory -"])
        #expect(
            try tuples("Ein Sprecher des Außenministeriums in Kiew sagte, man werde die Annexion der Krim niemals anerkennen.")
                == ["UA territory -"])
        #expect(try tuples("Diplomaten in Moskau lehnen eine europäische Friedenstruppe ab.") == ["RU security_guarantees -"])
    }

    @Test func aDeniedVetoIsTheSpeakersStance() throws {
        #expect(
            try tuples("Russland habe kein Veto gegen den Nato-Beitritt der Ukraine, sagte Rutte.") == ["NATO nato_membership +"])
        // `sagte er` takes up the person named in the sentence before.
        #expect(
            try tuples("Rutte sprach am Montag in Brüssel. „Moskau hat kein Veto beim Nato-Beitritt der Ukraine“, sagte er.")
                == ["NATO nato_membership +"])
    }

    @Test func theReporterOfWordsThatTakeNoStanceSpeaksTheNextClause() throws {
        #expect(
            try tuples("Rutte sagte, die Ukraine werde Mitglied des Bündnisses, die Frage sei nicht ob, sondern wann.")
                == ["NATO nato_membership +"])
    }

    @Test func aSourceWithAnAdjectiveIsNoSubject() throws {
        #expect(
            try tuples(
                "Nach Angaben der staatlichen Nachrichtenagentur Tass verlangt der Kreml den Rückzug der ukrainischen Truppen aus Donezk."
            ) == ["RU territory +"])
    }

    @Test func ofTwoOppositeStancesTheContrastedOneStands() throws {
        #expect(
            try tuples("Pistorius sagte, die Tür zur Nato stehe der Ukraine offen, ein Beitritt sei derzeit aber nicht realistisch.")
                == ["DE nato_membership -"])
    }

    @Test func clausesEmbeddedAfterATopicNounSpeakOfIt() throws {
        #expect(
            try tuples("Von einem Gebietstausch, wie ihn Trump vorgeschlagen hat, will man in Kiew nichts wissen.")
                == ["US territory +", "UA territory -"])
        #expect(
            try tuples("Die Entsendung von Truppen, die Macron vorgeschlagen hat, lehnt Moskau strikt ab.")
                == ["FR security_guarantees +", "RU security_guarantees -"])
    }

    @Test func theFirstOfCoordinatedInfinitivesIsControlledByItsNoun() throws {
        // A scrape cut off after `und`: the infinitive before it is still London's.
        #expect(
            try tuples("Paris begrüßte die Zusage Londons, sich an einer Schutztruppe zu beteiligen und die Ukr")
                == ["GB security_guarantees +", "FR security_guarantees +"])
    }

    @Test func formulasOfTerritory() throws {
        #expect(try tuples("Merz sagte, Grenzen dürften nicht mit Gewalt verschoben werden.") == ["DE territory -"])
        #expect(try tuples("Macron sagte, über Grenzen könne nur die Ukraine selbst entscheiden.") == ["FR territory -"])
        #expect(try tuples("Selenskyj sagte, über ukrainisches Territorium entscheide allein die Ukraine.") == ["UA territory -"])
        #expect(try tuples("Selenskyj sagte, die Ukraine werde ihr Land nicht verschenken.") == ["UA territory -"])
        #expect(
            try tuples("Die Ukraine werde ihre besetzten Gebiete mit diplomatischen Mitteln zurückholen, sagte Selenskyj.")
                == ["UA territory -"])
    }

    @Test func wordsOfIndecisionAndOfAssistance() throws {
        #expect(
            try tuples("Man wolle sich bei einer Beteiligung an einer Friedenstruppe nicht festlegen, sagte Merz.")
                == ["DE security_guarantees 0"])
        #expect(
            try tuples("Washington hat Kiew zugesichert, im Falle eines neuen Angriffs militärisch beizustehen.")
                == ["US security_guarantees +"])
    }

    @Test func controls() throws {
        #expect(try tuples("Trump hat einen Gebietstausch ins Spiel gebracht.") == ["US territory +"])
        #expect(
            try tuples("Russland werde einen Nato-Beitritt der Ukraine nicht zulassen, sagte Peskow.") == ["RU nato_membership -"])
        #expect(try tuples("Selenskyj sagte, die Ukraine werde auf Sicherheitsgarantien bestehen.") == ["UA security_guarantees +"])
    }
}
