import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// What a clause says about the noun or question before it, added for issue 11 in rules@1.8.0, on
/// sentences written for the test (none from the corpus); each gave no or the wrong statement before
/// its rule.
@Suite struct ClauseContentTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func aRelativeClauseOnANounTakesTheVerbOnThatNoun() throws {
        #expect(try tuples("Moskau lehnt jeden Plan ab, der die Stationierung westlicher Truppen vorsieht.") == ["RU security_guarantees -"])
        #expect(
            try tuples("Selenskyj werde keinem Abkommen zustimmen, das Gebietsabtretungen enthält, sagte Sybiha.")
                == ["UA territory -"])
    }

    @Test func aClauseAfterAProposalNounIsWhatTheVerbRejects() throws {
        #expect(try tuples("Selenskyj wies Forderungen zurück, die Ukraine solle Gebiete abtreten.") == ["UA territory -"])
        #expect(
            try tuples("Kiew lehnte Trumps Vorschlag ab, die Front einzufrieren.") == ["UA territory -", "US territory +"])
        // rules@1.12.0: Russia, the territory's claimant, refusing a freeze asks for more: its yes to a cession.
        #expect(try tuples("Moskau lehnte Trumps Vorschlag ab, die Front einzufrieren.") == ["RU territory +", "US territory +"])
    }

    @Test func leavingAQuestionOpenIsUndecided() throws {
        #expect(
            try tuples("Merz hat offen gelassen, ob Deutschland sich an einer Schutztruppe beteiligt.")
                == ["DE security_guarantees 0"])
    }

    @Test func anInsertedSpecificationEndsNoClause() throws {
        #expect(
            try tuples(
                "Der Kreml erklärte, dass Garantien nicht durch westliche Truppen, insbesondere britische oder französische, gewährleistet werden dürften."
            ) == ["RU security_guarantees -"])
    }

    @Test func aPartysOwnSpeakerLaysTheObligationOnIt() throws {
        #expect(try tuples("Selenskyj sagte, die Ukraine müsse auf Gebiete im Osten verzichten.") == ["UA territory +"])
    }

    @Test func aPossessiveStanceNounIsTheSubjectsStance() throws {
        #expect(try tuples("Moskau bekräftigte seine Ablehnung westlicher Truppen in der Ukraine.") == ["RU security_guarantees -"])
    }

    @Test func aPollsMajorityIsNoParty() throws {
        #expect(
            try tuples("Eine knappe Mehrheit von 52 Prozent wäre dafür, dass sich Deutschland an einer Schutztruppe beteiligt.")
                .isEmpty)
    }

    @Test func whatASpeakerSaysAnotherPartyShouldDoIsTheSpeakersDemand() throws {
        #expect(
            try tuples("Großbritannien solle sich an der Schutztruppe beteiligen, verlangte Selenskyj.")
                == ["UA security_guarantees +"])
    }

    @Test func sollBeforeAPerfectInfinitiveReportsAndLaysNothing() throws {
        #expect(
            try tuples("Macron soll laut Rubio eine Beteiligung an Sicherheitsgarantien zugesagt haben.")
                == ["FR security_guarantees +"])
    }

    @Test func diesOpeningALaterClauseTakesUpTheTopicBefore() throws {
        #expect(
            try tuples("Nach Gebietsabtretungen gefragt, antwortete Sybiha, dies sei ausgeschlossen.") == ["UA territory -"])
        #expect(try tuples("Die Ukraine tritt der Nato bei, wenn der Präsident der USA, Trump, dies will.").isEmpty)
    }

    @Test func theGovernmentInACapitalIsThatParty() throws {
        #expect(try tuples("Die Regierung in Kiew lehnt eine Neutralität des Landes ab.") == ["UA nato_membership +"])
    }

    @Test func aLautPhraseIsNoSubject() throws {
        #expect(try tuples("Laut Medienberichten will Vance die Ukraine zu Gebietsabtretungen drängen.") == ["US territory +"])
    }

    @Test func aRoleWithPartyGenitivesIsHeldByThoseParties() throws {
        #expect(
            try tuples("Die Außenminister Frankreichs und Großbritanniens sprachen sich für eine Schutztruppe aus.")
                == ["FR security_guarantees +", "GB security_guarantees +"])
    }

    @Test func russiasOwnTroopsAreNoGuarantee() throws {
        #expect(try tuples("Russland werde dort keine Truppen stationieren, sagte Peskow.").isEmpty)
        #expect(try tuples("Russland lehnt es ab, westliche Truppen in der Ukraine zu stationieren.") == ["RU security_guarantees -"])
    }
}
