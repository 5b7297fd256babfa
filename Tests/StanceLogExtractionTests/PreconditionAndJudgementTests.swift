import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// More rules and vocabulary of rules@1.13.0 (issue 11), on sentences written for the test (none from
/// the corpus or the validation set): preconditions, being forced, judged proposals, holders named by a
/// genitive, a source or a role, clauses that take up the one before, and formulas of stance. Each
/// expectation gave no or another statement with rules@1.12.0; the controls pass either way.
@Suite struct PreconditionAndJudgementTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func aConditionSetWithNurOrErstIsADemand() throws {
        #expect(
            try tuples(
                "Der Kremlchef machte deutlich, dass eine Waffenruhe erst dann infrage komme, wenn sich die ukrainischen Truppen aus dem Donbass zurückgezogen hätten."
            ) == ["RU territory +"])
        #expect(
            try tuples("Selenskyj sagte, die Ukraine könne einem Waffenstillstand nur zustimmen, wenn es Sicherheitsgarantien gebe.")
                == ["UA security_guarantees +"])
        // Control: a plain condition still states nothing.
        #expect(try tuples("Wenn die Nato Truppen schickt, wird Russland reagieren, sagte Peskow.").isEmpty)
    }

    @Test func beingForcedIsNoStanceOfTheForcedParty() throws {
        #expect(try tuples("Ein Abkommen zwinge die Ukraine zur Aufgabe von Gebieten, sagte der Kremlchef.") == ["RU territory +"])
        // Control: the one who forces holds it.
        #expect(try tuples("Trump will die Ukraine zwingen, Gebiete abzutreten.") == ["US territory +"])
    }

    @Test func holdersNamedByAGenitiveASourceOrARole() throws {
        #expect(
            try tuples("Moskaus Chefdiplomat nannte die Entsendung europäischer Soldaten in die Ukraine inakzeptabel.")
                == ["RU security_guarantees -"])
        #expect(
            try tuples("Nach einem Bericht der „Financial Times“ lehnt die US-Regierung die Entsendung amerikanischer Soldaten ab.")
                == ["US security_guarantees -"])
        #expect(
            try tuples("Der Vizepräsident der Vereinigten Staaten lehnte eine Nato-Mitgliedschaft der Ukraine ab.")
                == ["US nato_membership -"])
        #expect(
            try tuples("Macron sprach am Abend in Paris. Über Grenzen könne nur die Ukraine entscheiden, sagte der Präsident.")
                == ["FR territory -"])
    }

    @Test func aClauseThatTakesUpTheOneBefore() throws {
        #expect(
            try tuples("Washington drängt Kiew, auf den Donbass zu verzichten, was Selenskyj strikt ablehnt.")
                == ["US territory +", "UA territory -"])
        #expect(
            try tuples("Eine klare Absage erteilte Paris am Dienstag Überlegungen, der Ukraine einen Verzicht auf die Krim nahezulegen.")
                == ["FR territory -"])
        #expect(
            try tuples("Kiew unterstützt den Vorstoß aus Paris und London, eine Schutztruppe in die Ukraine zu entsenden.")
                == ["UA security_guarantees +", "FR security_guarantees +", "GB security_guarantees +"])
    }

    @Test func aCriticisedProposalIsNotTheCriticsOwn() throws {
        #expect(try !tuples("Lawrow kritisierte die Pläne für eine europäische Friedenstruppe.").contains("RU security_guarantees +"))
    }

    @Test func formulasOfStance() throws {
        #expect(try tuples("Die Krim bleibe bei Russland, sagte Trump.") == ["US territory +"])
        #expect(try tuples("Rubio: Die Ukraine wird nicht in die Nato aufgenommen") == ["US nato_membership -"])
        #expect(
            try tuples("„Die Nato-Mitgliedschaft der Ukraine ist für uns keine Verhandlungsmasse“, sagte Peskow.")
                == ["RU nato_membership -"])
        #expect(
            try tuples(
                "Die Bundesregierung sehe derzeit keinen Anlass, über einen Nato-Beitritt der Ukraine zu sprechen, sagte ein Sprecher."
            ) == ["DE nato_membership -"])
    }
}
