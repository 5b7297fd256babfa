import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Holder rules of rules@1.10.0 and rules@1.11.0 (issue 11), on sentences written for the test: a
/// capital after the verb is where something happened, not who holds it; genitives joined by `und`
/// control an infinitive together; parties between two dashes say who the noun before them means;
/// a role noun with its party in a genitive phrase, a particle before the subject, a view no party
/// holds, a possessive, a negated `können`, a factive verb and a speech verb before a noun. Each
/// rule's test gave no or another statement before its rule; the controls beside them pass either way.
@Suite struct HolderConstructionTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func aCapitalAfterTheVerbIsAVenue() throws {
        #expect(try tuples("Die Unterhändler haben sich am Montag in Paris auf Sicherheitsgarantien geeinigt.").isEmpty)
    }

    @Test func aCapitalOpeningItsClauseSpeaksForItsGovernment() throws {
        #expect(try tuples("In Washington sieht man Sicherheitsgarantien für die Ukraine skeptisch.") == ["US security_guarantees -"])
        #expect(try tuples("Auch in Moskau lehnt man einen Nato-Beitritt der Ukraine ab.") == ["RU nato_membership -"])
    }

    @Test func coordinatedGenitivesControlTheInfinitiveTogether() throws {
        let found = try tuples(
            "Die Warnung folgte auf Pläne Großbritanniens und Frankreichs, eine Friedenstruppe in die Ukraine zu entsenden.")
        #expect(found == ["GB security_guarantees +", "FR security_guarantees +"])
    }

    @Test func aPartyAfterTheVerbDoesNotJoinTheController() throws {
        let found = try tuples("Merz hat die Absicht Deutschlands erklärt, der Ukraine Sicherheitsgarantien zu geben.")
        #expect(found == ["DE security_guarantees +"])
    }

    @Test func partiesBetweenDashesHoldWhatTheNounBeforeThemHolds() throws {
        let found = try tuples(
            "Allerdings sträuben sich die großen Nato-Staaten – die USA und Deutschland – gegen einen schnellen Beitritt der Ukraine.")
        #expect(found == ["US nato_membership -", "DE nato_membership -"])
    }

    @Test func aRoleNounWithItsPartyInAGenitivePhraseHolds() throws {
        #expect(try tuples("Der Präsident der Ukraine lehnt Gebietsabtretungen ab.") == ["UA territory -"])
        #expect(
            try tuples("Die Staats- und Regierungschefs der EU sprachen sich für Sicherheitsgarantien aus.") == ["EU security_guarantees +"])
        #expect(
            try tuples("Ein ranghoher Vertreter des Weißen Hauses sagte, Sicherheitsgarantien nach dem Vorbild von Artikel 5 seien denkbar.")
                == ["US security_guarantees +"])
    }

    @Test func aParticleBeforeTheSubjectMakesItNoGenitive() throws {
        #expect(try tuples("Auch der Kanzler hält nichts von einer Aufteilung der Ukraine.") == ["DE territory -"])
    }

    @Test func aViewNoPartyHoldsIsNoStatement() throws {
        #expect(
            try tuples("Nach Ansicht von 49 Prozent der Befragten sollte sich Deutschland an einer Friedenstruppe beteiligen.").isEmpty)
    }

    @Test func aNounOfPositionIsHeldByItsPartysGenitive() throws {
        #expect(try tuples("Moskaus Haltung zum Nato-Beitritt der Ukraine bleibt ablehnend.") == ["RU nato_membership -"])
        #expect(
            try tuples("Die Position Washingtons zu einem Nato-Beitritt der Ukraine bleibt ablehnend.") == ["US nato_membership -"])
    }

    @Test func aPartysAdjectiveBeforeSichtGivesItsView() throws {
        #expect(try tuples("Aus russischer Sicht wäre ein Nato-Beitritt der Ukraine eine Provokation.") == ["RU nato_membership -"])
    }

    @Test func aStanceNounAfterAPossessiveIsItsOwnersAim() throws {
        #expect(
            try tuples("Die Nato werde Kiew bei seinem Streben nach einer Mitgliedschaft im Bündnis unterstützen, sagte Rutte.")
                == ["NATO nato_membership +", "UA nato_membership +"])
        // Control: the subject's own aim stays with the subject.
        #expect(try tuples("Selenskyj bekräftigte seinen Wunsch nach einer Mitgliedschaft im Bündnis.") == ["UA nato_membership +"])
    }

    @Test func whatTheTopicsPartyCannotDoIsTheSpeakersView() throws {
        #expect(try tuples("Die Ukraine könne der Nato derzeit nicht beitreten, sagte Hegseth.") == ["US nato_membership -"])
    }

    @Test func anActAPartyCannotPerformIsNoStanceOfItsOwn() throws {
        #expect(try tuples("Russland kann kein Veto gegen einen Nato-Beitritt der Ukraine einlegen.").isEmpty)
        // Control: a verb of attitude the party cannot bring itself to is its stance.
        #expect(try tuples("Kiew kann keine Gebietsabtretungen akzeptieren.") == ["UA territory -"])
    }

    @Test func whatMeetsWithAReactionIsJudgedByWhoReacts() throws {
        #expect(
            try tuples("Der Vorschlag einer europäischen Friedenstruppe stößt bei der Bundesregierung auf Skepsis.")
                == ["DE security_guarantees -"])
    }

    @Test func aFactiveVerbLeavesItsDassClauseToItsSubject() throws {
        #expect(
            try tuples("Kallas begrüßte, dass auch Washington zu Sicherheitsgarantien für die Ukraine bereit sei.")
                == ["EU security_guarantees +", "US security_guarantees +"])
        // Control: what a demand asks of another party is no stance of that party.
        #expect(try tuples("Kiew fordert, dass Russland seine Truppen aus dem Donbass abzieht.") == ["UA territory -"])
    }

    @Test func aSpeechVerbNamesNoSpeakerBehindANoun() throws {
        #expect(
            try tuples(
                "Selenskyj berichtete von Fortschritten und kündigte die Einbindung europäischer Verbündeter sowie Sicherheitsgarantien an.")
                == ["UA security_guarantees +"])
    }

    @Test func aSourceOfAccountLaysTheObligation() throws {
        #expect(try tuples("Nach Darstellung Washingtons soll die Ukraine auf den Donbass verzichten.") == ["US territory +"])
    }
}
