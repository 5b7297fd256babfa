import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Rules and vocabulary of rules@1.12.0 (issue 11), on sentences written for the test (none from the
/// corpus or the validation set): a noun of refusal turns the infinitive its holder controls, a
/// proposal's content clause is turned once, a role noun with `aus` and a place, a need the speaker
/// lays on the topic's own party, and general words of territory and stance. Each expectation gave no
/// or another statement with rules@1.11.0; the controls beside them pass either way.
@Suite struct RefusalAndNeedTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func aNounOfRefusalTurnsTheInfinitiveItsHolderControls() throws {
        #expect(
            try tuples("Merz kritisierte die Weigerung der USA, sich an Sicherheitsgarantien zu beteiligen.")
                == ["US security_guarantees -"])
        // Control: a noun of readiness leaves the infinitive as it is.
        #expect(
            try tuples("Kiew lobte die Bereitschaft Großbritanniens, Soldaten in die Ukraine zu entsenden.")
                .contains("GB security_guarantees +"))
    }

    @Test func theContentOfARejectedProposalIsTurnedOnce() throws {
        #expect(try tuples("Die Regierung in Kiew wies den Vorschlag zurück, den Donbass zu räumen.") == ["UA territory -"])
        #expect(try tuples("Kiew lehnte den Vorschlag ab, Gebiete abzutreten.") == ["UA territory -"])
    }

    @Test func aRoleFromAPlaceSpeaksForIt() throws {
        #expect(try tuples("Diplomaten aus Frankreich lehnen eine Entsendung von Truppen ab.") == ["FR security_guarantees -"])
        #expect(try tuples("Vertreter aus Washington schlossen einen Nato-Beitritt der Ukraine aus.") == ["US nato_membership -"])
        #expect(
            try tuples("«Einige Partner aus den USA haben den Nato-Beitritt nicht unterstützt», sagte Selenskyj.")
                == ["US nato_membership -"])
    }

    @Test func whatTheSpeakerSaysTheTopicsPartyNeedsIsTheSpeakersDemand() throws {
        #expect(
            try tuples("Die Ukraine brauche starke Sicherheitsgarantien, betonte Merz nach dem Treffen.")
                == ["DE security_guarantees +"])
        // Control: the party that needs them says so itself.
        #expect(
            try tuples("Selenskyj sagte, die Ukraine brauche Sicherheitsgarantien.") == ["UA security_guarantees +"])
    }

    @Test func wordsOfLandAndOccupationNameTheTerritory() throws {
        #expect(try tuples("Selenskyj lehnt es ab, Land zu verschenken.") == ["UA territory -"])
        #expect(
            try tuples("Kiew werde keinen Quadratmeter ukrainischen Bodens aufgeben, sagte Selenskyj.") == ["UA territory -"])
        #expect(
            try tuples("Die Bundesregierung lehnt eine Anerkennung der russischen Eroberungen ab.") == ["DE territory -"])
        #expect(
            try tuples("Das ukrainische Volk werde die Besatzung niemals akzeptieren, sagte Selenskyj.") == ["UA territory -"])
        #expect(try tuples("Kiew will die besetzten Gebiete zurückholen.") == ["UA territory -"])
    }

    @Test func verbsOfProhibitionAccusationAndRenewal() throws {
        #expect(
            try tuples("Der ukrainische Präsident betonte, die Verfassung verbiete jede Abtretung von Territorium.")
                == ["UA territory -"])
        #expect(try tuples("Moskau wirft dem Westen vor, die Ukraine in die Nato drängen zu wollen.") == ["RU nato_membership -"])
        #expect(try tuples("Putin hat seine Gebietsansprüche erneuert.") == ["RU territory +"])
        #expect(try tuples("Kiew setzt weiter auf eine Mitgliedschaft in der Nato.") == ["UA nato_membership +"])
    }
}
