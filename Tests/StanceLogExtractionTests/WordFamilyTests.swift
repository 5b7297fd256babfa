import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Word families, topic wording and holder rules added in rules@1.4.0 (issue 11), one composed
/// sentence each; none is taken from the corpus or the validation set, and each fails when its
/// lexicon entry or rule is removed.
@Suite struct WordFamilyTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    // MARK: frames

    @Test func praiseSupports() throws {
        #expect(try tuples("Scholz lobte die Entsendung einer europäischen Schutztruppe.") == ["DE security_guarantees +"])
    }

    @Test func doubtIsReluctance() throws {
        #expect(try tuples("Der Kreml bezweifelt den Nutzen westlicher Sicherheitsgarantien.") == ["RU security_guarantees -"])
    }

    @Test func committingOneselfSupports() throws {
        #expect(
            try tuples("Großbritannien verpflichtete sich vertraglich zu langfristigen Sicherheitszusagen.")
                == ["GB security_guarantees +"])
    }

    @Test func callingIntoQuestionIsReluctance() throws {
        #expect(try tuples("Der Kreml stellte die Sicherheitsgarantien für Kiew offen infrage.") == ["RU security_guarantees -"])
    }

    @Test func aCallOnSomeoneDemands() throws {
        #expect(try tuples("Macron rief die Verbündeten zu verbindlichen Sicherheitsgarantien auf.") == ["FR security_guarantees +"])
    }

    @Test func aCessionVerbOfTheFamilyCedesLand() throws {
        #expect(try tuples("Selenskyj will keine Gebiete preisgeben.") == ["UA territory -"])
    }

    @Test func aThreatToTreatTroopsAsTargetsRejects() throws {
        #expect(
            try tuples("Moskau erklärte, ausländische Truppen in der Ukraine wären legitime militärische Ziele.")
                == ["RU security_guarantees -"])
    }

    @Test func noPeaceWithoutATopicDemandsIt() throws {
        #expect(try tuples("Es werde keinen Frieden ohne Sicherheitsgarantien geben, sagte Starmer.") == ["GB security_guarantees +"])
    }

    @Test func adjectivesOfCondemnationReject() throws {
        #expect(try tuples("Gebietsabtretungen wären ein Fehler, sagte Starmer.") == ["GB territory -"])
        #expect(
            try tuples("Gebietsabtretungen an Russland seien moralisch verwerflich, sagte Macron.") == ["FR territory -"])
    }

    @Test func reaffirmingSupports() throws {
        #expect(
            try tuples("Die Bundesregierung bekräftigte am Montag die Sicherheitsgarantien für Kiew.")
                == ["DE security_guarantees +"])
    }

    @Test func aPeaceThatMustRestOnATopicDemandsIt() throws {
        #expect(
            try tuples("Der Frieden müsse auf der territorialen Integrität der Ukraine beruhen, sagte Macron.")
                == ["FR territory -"])
    }

    @Test func nounsOfCommitmentAndMisgivingTakeTheirFrame() throws {
        #expect(
            try tuples("Das Bekenntnis der Bundesregierung zur Nato-Mitgliedschaft der Ukraine gilt weiter.")
                == ["DE nato_membership +"])
        #expect(try tuples("Der Kreml äußerte Bedenken gegen eine europäische Friedenstruppe.") == ["RU security_guarantees -"])
    }

    // MARK: topic wording

    @Test func theStatusQuoToRecogniseIsTerritory() throws {
        #expect(try tuples("Moskau verlangt, den Status quo anzuerkennen.") == ["RU territory +"])
    }

    @Test func aSuchAndSuchScenarioTakesUpTheTopicBefore() throws {
        #expect(
            try tuples("Moskau verlangt die Abtretung der besetzten Gebiete. Berlin hält ein solches Szenario für ausgeschlossen.")
                == ["RU territory +", "DE territory -"])
    }

    // MARK: holders

    @Test func aTitleWithTheNameAfterItIsOneHolderOfACoordination() throws {
        #expect(
            try tuples("Bundeskanzler Olaf Scholz und Macron fordern Sicherheitsgarantien für die Ukraine.")
                == ["DE security_guarantees +", "FR security_guarantees +"])
    }

    @Test func aListOfPartiesIsOneCoordinatedSubject() throws {
        #expect(
            try tuples("Frankreich, Großbritannien und Deutschland fordern Sicherheitsgarantien für die Ukraine.")
                == ["FR security_guarantees +", "GB security_guarantees +", "DE security_guarantees +"])
    }

    @Test func aListEndingInACoordinatedNonPartyKeepsItsParties() throws {
        #expect(
            try tuples("Am Montag unterzeichneten die USA, Deutschland und die anderen G7-Staaten eine Erklärung über Sicherheitszusagen für die Ukraine.")
                == ["US security_guarantees +", "DE security_guarantees +"])
    }

    @Test func otherStatesNamedInTheListDoNotBreakIt() throws {
        #expect(
            try tuples("Selenskyj sagte, dass die USA, die Slowakei und Deutschland gegen einen Nato-Beitritt der Ukraine seien.")
                == ["US nato_membership -", "DE nato_membership -"])
    }

    @Test func aPartyAdjectiveBeforeAStanceNounNamesItsHolder() throws {
        #expect(try tuples("Die britische Forderung nach Sicherheitsgarantien bleibt bestehen.") == ["GB security_guarantees +"])
    }

    @Test func whoseViewItIsNamesTheHolder() throws {
        #expect(try tuples("Aus Sicht des Kremls ist ein Nato-Beitritt der Ukraine ausgeschlossen.") == ["RU nato_membership -"])
        #expect(try tuples("Nach Ansicht der Bundesregierung sind Sicherheitsgarantien unverzichtbar.") == ["DE security_guarantees +"])
    }

    @Test func aQuotationThatGoesOnInTheNextSentenceIsStillItsSpeakers() throws {
        #expect(
            try tuples("„Wir wollen Frieden“, sagte Merz am Montag. „Aber wir werden keine Soldaten in die Ukraine schicken.“")
                == ["DE security_guarantees -"])
        #expect(
            try tuples("Merz sagte am Montag: „Wir wollen Frieden. Aber wir werden keine Soldaten in die Ukraine schicken.“")
                == ["DE security_guarantees -"])
    }

    // MARK: scope

    @Test func notAcceptingThatATopicIsMissingDemandsIt() throws {
        #expect(
            try tuples("Macron akzeptiert nicht, dass das Abkommen keine Sicherheitsgarantien für Kiew enthält.")
                == ["FR security_guarantees +"])
    }

    @Test func aPartyAfterAPrepositionOfDirectionIsNoSubject() throws {
        #expect(
            try tuples("Mehrere Staaten wollen Friedenstruppen Richtung Ukraine entsenden, sagte Macron.")
                == ["FR security_guarantees +"])
    }

    @Test func warningAgainstWhatAnInfinitiveSaysTurnsIt() throws {
        #expect(try tuples("Scholz warnte davor, die Ukraine zu Gebietsabtretungen zu drängen.") == ["DE territory -"])
    }

    @Test func aHeadlineThatOpensWithAPartyAndAColonIsThatPartysStatement() throws {
        #expect(try tuples("Rutte: Ukraine noch nicht bereit für einen Nato-Beitritt") == ["NATO nato_membership -"])
        #expect(try tuples("Selenskyj: Russland lehnt Sicherheitsgarantien ab") == ["RU security_guarantees -"])
    }

    @Test func theSubjectOfTheSentenceBeforeLaysAnObligation() throws {
        #expect(
            try tuples("Russland legte am Montag ein Memorandum vor. Die Ukraine müsse demnach auf den Nato-Beitritt verzichten.")
                == ["RU nato_membership -"])
    }

    // rules@1.9.0
    @Test func planningsProposeLikePlans() throws {
        #expect(
            try tuples("Frankreich und Großbritannien verkündeten den Abschluss der Planungen für eine europäische Friedenstruppe.")
                == ["FR security_guarantees +", "GB security_guarantees +"])
    }

    @Test func standingAtTheSideOfSupports() throws {
        #expect(
            try tuples("Frankreich stehe an der Seite der territorialen Integrität der Ukraine, sagte Macron.")
                == ["FR territory -"])
    }
}
