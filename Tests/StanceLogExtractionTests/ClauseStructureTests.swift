import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Holder and scope rules added for issue 11 (rules@1.3.0), on composed sentences; none is taken
/// from the corpus, and each fails when its rule is removed.
@Suite struct ClauseStructureTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func theReportingSubjectLaysAnObligationOnTheTopicsParty() throws {
        #expect(try tuples("Vance deutete an, dass die Ukraine auf den Donbass verzichten müsse.") == ["US territory +"])
    }

    @Test func theAgentOfAnAttributiveParticipleOwnsThePlan() throws {
        #expect(
            try tuples("Die Ukraine solle Gebiete abtreten, heißt es in dem von Witkoff vorgelegten Plan.") == ["US territory +"])
    }

    @Test func theReportingSubjectIsFoundPastTheClauseOfTheObligedParty() throws {
        #expect(
            try tuples("Macron sagte, dass die Ukraine Zugeständnisse machen müsse, darunter die Aufgabe ihrer Nato-Ambitionen.")
                == ["FR nato_membership -"])
    }

    @Test func namesInAppositionMayStandBetweenVonAndTheParticiple() throws {
        #expect(
            try tuples("Die Ukraine solle Gebiete abtreten, sieht der von US-Präsident Donald Trump vorgelegte Plan vor.")
                == ["US territory +"])
    }

    @Test func whatAnotherPartySaysTheTopicsPartyNeedsIsItsStance() throws {
        #expect(
            try tuples("Die Europäer betonten, dass die Ukraine verbindliche Sicherheitsgarantien benötige.")
                == ["EU security_guarantees +"])
        #expect(
            try tuples("Selenskyj betonte, dass die Ukraine verbindliche Sicherheitsgarantien benötige.")
                == ["UA security_guarantees +"])
    }

    @Test func anObligationInKonjunktivIsLaidByTheSubjectOfTheSentenceBefore() throws {
        let raw = "Trump legte am Montag einen Friedensplan vor. Die Ukraine solle demnach auf den Donbass verzichten."
        #expect(try tuples(raw) == ["US territory +"])
    }

    @Test func theSourceBeforeZufolgeIsNoSubject() throws {
        #expect(try tuples("Der Zeitung zufolge lehnt Macron einen Nato-Beitritt der Ukraine ab.") == ["FR nato_membership -"])
    }

    @Test func aShortParenthesisStaysInsideACoordinatedSubject() throws {
        #expect(
            try tuples("Merz (CDU) und Macron fordern verbindliche Sicherheitsgarantien für Kiew.")
                == ["DE security_guarantees +", "FR security_guarantees +"])
    }

    @Test func anInfinitiveClauseHasNoSubjectOfItsOwn() throws {
        #expect(
            try tuples("Starmer zeigte sich bereit, britische Soldaten in die von Russland überfallene Ukraine zu entsenden.")
                == ["GB security_guarantees +"])
    }

    @Test func erInTheNextSentenceIsThePersonWhoWasTheSubject() throws {
        let raw = "Scholz sagte, er habe dem russischen Präsidenten Putin zugesichert, dass Kiew keine Atomwaffen bekomme. "
            + "Er lehne einen schnellen Nato-Beitritt ab."
        #expect(try tuples(raw) == ["DE nato_membership -"])
    }

    @Test func dieserTakesUpThePersonNamedBefore() throws {
        let raw = "Der ukrainische Präsident Selenskyj sprach mit Merz. Dieser lehnt eine Entsendung deutscher Bodentruppen ab."
        #expect(try tuples(raw) == ["DE security_guarantees -"])
    }

    @Test func coordinatedAgentsOfAPassiveHoldTheAct() throws {
        #expect(
            try tuples("Die Erklärung zu Sicherheitsgarantien wurde von Selenskyj und Starmer unterzeichnet.")
                == ["UA security_guarantees +", "GB security_guarantees +"])
    }

    @Test func bothSidesOfAnAgreementWithMitHoldIt() throws {
        #expect(
            try tuples("Kiew hat sich mit Washington auf Sicherheitsgarantien geeinigt.")
                == ["UA security_guarantees +", "US security_guarantees +"])
    }

    @Test func coordinatedGenitivesHoldANounCueTogether() throws {
        #expect(
            try tuples("Die Pläne Frankreichs und Großbritanniens sehen eine multinationale Truppe vor.")
                == ["FR security_guarantees +", "GB security_guarantees +"])
    }

    @Test func aVerbBearsOnTheNearestMentionOfATopic() throws {
        #expect(
            try tuples("Die Ukraine müsse neutral sein und auf einen Nato-Beitritt verzichten, sagte Lawrow.")
                == ["RU nato_membership -"])
    }

    @Test func aWordOfTheTopicsOwnWordingIsNoCue() throws {
        #expect(try tuples("Selenskyj sprach über die international anerkannten Grenzen der Ukraine.").isEmpty)
    }

    @Test func aNominativePronounBeforeAPartyIsTheSubject() throws {
        let raw = "Trump telefonierte am Montag mit Selenskyj. Danach setzte er Kiew unter Druck, der Abtretung des Donbass zuzustimmen."
        #expect(try tuples(raw) == ["US territory +"])
        #expect(try tuples("„Wir wollen die Ukraine in der Nato sehen“, sagte Macron.") == ["FR nato_membership +"])
    }

    @Test func anAttributivePresentParticipleIsHeldByThePartyItQualifies() throws {
        #expect(
            try tuples("Der Nato-Generalsekretär sagte, die nach einem Nato-Beitritt strebende Ukraine könnte Gebiete an Russland abtreten.")
                == ["UA nato_membership +", "NATO territory +"])
    }

    @Test func aLaterClauseWithADemonstrativeObjectTakesUpTheTopicForItsOwnSubject() throws {
        #expect(
            try tuples("Macron will Friedenstruppen in die Ukraine entsenden, obwohl Deutschland dies ablehnt.")
                == ["FR security_guarantees +", "DE security_guarantees -"])
    }

    @Test func thePartnerOfAnAgreementInAnInfinitiveClauseHoldsIt() throws {
        #expect(
            try tuples("Merz erklärte am Sonntag, sich mit Macron auf Sicherheitsgarantien für die Ukraine geeinigt zu haben.")
                == ["DE security_guarantees +", "FR security_guarantees +"])
        #expect(
            try tuples("Selenskyj verkündete, sich mit Macron über Sicherheitsgarantien für sein Land geeinigt zu haben.")
                == ["UA security_guarantees +", "FR security_guarantees +"])
    }
}
