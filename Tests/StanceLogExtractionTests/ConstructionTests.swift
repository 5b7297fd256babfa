import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// One composed German sentence per construction the rules read (issue 11). None is taken from
/// the corpus; each fails when the rule or lexicon entry it names is removed.
@Suite struct ConstructionTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    // MARK: lexicon by frame

    @Test func anAdjectiveOfRefusalRejects() throws {
        #expect(try tuples("Ein Beitritt der Ukraine zur Nato ist inakzeptabel, erklärte Lawrow.") == ["RU nato_membership -"])
    }

    @Test func notNowIsReluctance() throws {
        #expect(try tuples("Rutte nannte eine Einladung in die Nato derzeit verfrüht.") == ["NATO nato_membership -"])
    }

    @Test func aMatterOfTimeIsOpenness() throws {
        #expect(
            try tuples("Die Mitgliedschaft der Ukraine in der Nato sei nur eine Frage der Zeit, sagte Macron.")
                == ["FR nato_membership +"])
    }

    @Test func insistingWithWordsBetweenVerbAndPrepositionDemands() throws {
        #expect(try tuples("Kiew pocht seit Monaten mit Nachdruck auf verbindliche Sicherheitsgarantien.") == ["UA security_guarantees +"])
    }

    @Test func speakingOutForSupports() throws {
        #expect(try tuples("Die Bundesregierung spricht sich für einen Beitritt der Ukraine zur Nato aus.") == ["DE nato_membership +"])
        #expect(try tuples("Macron plädiert für eine europäische Schutztruppe.") == ["FR security_guarantees +"])
    }

    // MARK: verb forms from the generated table

    @Test func aStrongVerbFormFromTheTableRejects() throws {
        #expect(try tuples("Der Kreml verwarf die Idee europäischer Friedenstruppen umgehend.") == ["RU security_guarantees -"])
    }

    @Test func aSeparableVerbJoinedAtTheEndOfASubordinateClauseRejects() throws {
        #expect(try tuples("Bekannt ist, dass Kiew jede Gebietsabtretung kategorisch ablehnt.") == ["UA territory -"])
    }

    // MARK: topic wording

    @Test func aCueLimitedToATopicRenouncesMembershipButCedesLand() throws {
        #expect(try tuples("Selenskyj verzichtet auf den Nato-Beitritt.") == ["UA nato_membership -"])
        #expect(try tuples("Selenskyj deutete an, auf den Donbass zu verzichten.") == ["UA territory +"])
    }

    @Test func neutralityIsTheOppositeOfMembership() throws {
        #expect(try tuples("Moskau verlangt von Kiew einen neutralen Status.") == ["RU nato_membership -"])
    }

    @Test func aCompoundHeadNamesTheTopic() throws {
        #expect(try tuples("Die Bundesregierung unterstützt einen raschen Bündnisbeitritt der Ukraine.") == ["DE nato_membership +"])
        #expect(try tuples("Starmer sagte eine britische Beteiligung an einer Beruhigungstruppe zu.") == ["GB security_guarantees +"])
    }

    @Test func russiaWithdrawingIsNotUkraineCeding() throws {
        #expect(try tuples("Kiew fordert den Abzug der russischen Truppen aus allen besetzten Gebieten.") == ["UA territory -"])
        #expect(try tuples("Moskau fordert den Rückzug der ukrainischen Truppen aus dem Donbass.") == ["RU territory +"])
    }

    // MARK: holders

    @Test func aDemonstrativeTakesUpTheTopicOfTheSentenceBefore() throws {
        let raw = "Moskau verlangt die Abtretung der besetzten Gebiete. Kiew lehnt das strikt ab."
        #expect(try tuples(raw) == ["RU territory +", "UA territory -"])
    }

    @Test func aDemonstrativeRejectingANegatedProposalIsForIt() throws {
        let raw = "Putin bot eine Waffenruhe an, wenn die Ukraine nicht der Nato beitritt. Kiew wies diesen Vorschlag zurück."
        #expect(try tuples(raw) == ["RU nato_membership -", "UA nato_membership +"])
    }

    @Test func anObligationLaidOnTheTopicsPartyIsTheSpeakersStance() throws {
        #expect(try tuples("Die Ukraine müsse auf einen Nato-Beitritt verzichten, sagte Peskow.") == ["RU nato_membership -"])
    }

    @Test func reportedSpeechGoesOnInTheNextSentence() throws {
        let raw = "Putin fordert den Verzicht Kiews auf eine Nato-Mitgliedschaft. Außerdem solle die Ukraine ihre Truppen aus dem Donbass abziehen."
        #expect(try tuples(raw) == ["RU nato_membership -", "RU territory +"])
    }

    @Test func aRelativeClauseHasThePartyBeforeTheCommaAsSubject() throws {
        #expect(try tuples("Peskow warnte Selenskyj, der einen Beitritt zur Nato anstrebt.") == ["UA nato_membership +"])
    }

    @Test func aVerbRightAfterUndKeepsTheSubjectBefore() throws {
        let raw = "Selenskyj lobte die Gespräche und forderte Russland auf, die territoriale Integrität der Ukraine zu achten."
        #expect(try tuples(raw) == ["UA territory -"])
    }

    @Test func thePartyAfterFuerJudgesAnEvaluativePredicate() throws {
        #expect(try tuples("Gebietsabtretungen sind für Kiew indiskutabel.") == ["UA territory -"])
    }

    @Test func aCapitalStandsForItsGovernment() throws {
        #expect(try tuples("Paris unterstützt die Entsendung einer europäischen Schutztruppe.") == ["FR security_guarantees +"])
    }

    @Test func sagteErSpeaksForTheLastPersonNamed() throws {
        let raw = "Selenskyj besuchte die Front. „Diese Gebiete werden wir niemals aufgeben“, sagte er."
        #expect(try tuples(raw) == ["UA territory -"])
    }

    @Test func aQuotationClosedInTheNextSentenceHasThatSentencesSpeaker() throws {
        let raw = "„Wir lehnen jede Stationierung westlicher Truppen ab. Das ist unsere klare Linie“, sagte Peskow."
        #expect(try tuples(raw) == ["RU security_guarantees -"])
    }

    // MARK: scope

    @Test func notWhetherButWhenIsNoQuestion() throws {
        #expect(
            try tuples("Es gehe nicht darum, ob die Ukraine der Nato beitritt, sondern wann, sagte Stoltenberg.")
                == ["NATO nato_membership +"])
    }

    @Test func aNegationInACuelessTopicClauseNegatesTheProposition() throws {
        #expect(
            try tuples("Scholz hat versprochen, dass die Ukraine vorerst nicht der Nato beitreten wird.") == ["DE nato_membership -"])
    }

    // MARK: explain

    @Test func explainNamesTheHolderRuleAndWhyAPairWasRejected() throws {
        let explanations = try Fixtures.extractor().explain(try Fixtures.text("Die Ukraine soll Gebiete abtreten. Moskau lehnt Sicherheitsgarantien ab."))
        #expect(explanations.count == 2)
        let imposed = try #require(explanations.first?.decisions.first)
        #expect(imposed.outcome.hasPrefix("rejected: laid on the topic's own party"))
        let stated = try #require(explanations.last?.decisions.first)
        #expect(stated.outcome == "stated")
        #expect(stated.holderRule == "subject")
        #expect(stated.holder == "RU \"Moskau\"")
        #expect(stated.stance == -2)
    }

    @Test func explainingChangesNoStatement() throws {
        let text = try Fixtures.seed("003")
        let extractor = try Fixtures.extractor()
        let stated = extractor.explain(text).flatMap(\.decisions).filter { $0.outcome == "stated" }.count
        #expect(stated >= extractor.extract(from: text).count)
    }
}
