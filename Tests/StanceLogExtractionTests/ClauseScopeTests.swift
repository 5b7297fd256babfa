import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Scope rules of rules@1.11.0 (issue 11): which cue of a sentence bears on which topic, and with
/// which sign, on sentences written for the test (none from the corpus or the validation set). Each
/// gave no or another statement before its rule.
@Suite struct ClauseScopeTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func aSeparableVerbAfterUndOpensASecondPredicate() throws {
        #expect(
            try tuples("Kiew fordert Sicherheitsgarantien und lehnt Gebietsabtretungen ab.")
                == ["UA security_guarantees +", "UA territory -"])
    }

    @Test func aCueWithWordsBetweenItsPartsFramesTheTopic() throws {
        #expect(try tuples("Kremlsprecher Peskow erklärte, Russland werde auf seinen Gebietsforderungen bestehen.") == ["RU territory +"])
    }

    @Test func aVerdictNounIsPassedOnTheProposalNoun() throws {
        #expect(
            try tuples("Selenskyj erteilte dem Vorschlag einer entmilitarisierten Zone im Donbass eine klare Absage.")
                == ["UA territory -"])
    }

    @Test func aCapitalisedWordInsideTheSentenceIsNoVerbForm() throws {
        #expect(
            try tuples("Berlin begrüßte die Zusage Washingtons, sich an Sicherheitsgarantien zu beteiligen.")
                == ["DE security_guarantees +", "US security_guarantees +"])
    }

    @Test func aPlaceNamedAsTheObjectOfAnInvertedVerbFollowsTheVerb() throws {
        #expect(try tuples("Die Ukraine könne alle besetzten Gebiete zurückerobern, sagte Trump.") == ["US territory -"])
    }

    @Test func givingUpAnInvertedTopicCedes() throws {
        #expect(
            try tuples("Die Ukraine sei bereit, auf die Rückeroberung aller Gebiete vorerst zu verzichten, sagte Selenskyj.")
                == ["UA territory +"])
    }

    @Test func zögernTakesNoObjectAndSpeaksOfTheClauseBefore() throws {
        #expect(
            try tuples("Großbritannien will sich an einer Friedenstruppe beteiligen, Deutschland zögert noch.")
                == ["GB security_guarantees +", "DE security_guarantees -"])
    }

    @Test func aNegatedRejectionDoesNotTurnItsInfinitive() throws {
        #expect(
            try tuples("Merz schließt es nicht aus, die Bundeswehr in die Ukraine zu entsenden.") == ["DE security_guarantees +"])
    }

    @Test func fehlenNegatesTheCueOfItsClause() throws {
        #expect(
            try tuples("Für einen Beitritt zum Bündnis fehle derzeit der Konsens unter den Mitgliedern, sagte Rutte.")
                == ["NATO nato_membership -"])
    }
}
