import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Word families and topic wording added for issue 11 (rules@1.3.0), one composed sentence each;
/// none is taken from the corpus, and each fails when its lexicon entry or rule is removed.
@Suite struct StanceFrameTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func anAdjectiveOfTheUnthinkableRejects() throws {
        #expect(
            try tuples("Eine Stationierung westlicher Soldaten in der Ukraine ist für Moskau undenkbar, sagte Lawrow.")
                == ["RU security_guarantees -"])
    }

    @Test func notOnTheAgendaIsReluctance() throws {
        #expect(
            try tuples("Eine Aufnahme der Ukraine in die Nato steht derzeit nicht auf der Tagesordnung, erklärte Rutte.")
                == ["NATO nato_membership -"])
    }

    @Test func aGoalNounWithItsGenitiveDemands() throws {
        #expect(try tuples("Ein Nato-Beitritt sei das wichtigste Ziel der Ukraine, sagte Sybiha.") == ["UA nato_membership +"])
    }

    @Test func aVerbOfRefusalRejects() throws {
        #expect(try tuples("Die Bundesregierung verweigert jede Beteiligung an einer Friedenstruppe.") == ["DE security_guarantees -"])
    }

    @Test func neverAllowingIsAgainst() throws {
        #expect(
            try tuples("Moskau werde eine Stationierung europäischer Truppen in der Ukraine niemals zulassen, sagte Peskow.")
                == ["RU security_guarantees -"])
    }

    @Test func aRegionThatStaysUkrainianIsNotCeded() throws {
        #expect(try tuples("Die Krim ist und bleibt ukrainisch, sagte Selenskyj.") == ["UA territory -"])
    }

    @Test func aHyphenatedCompoundIsMatchedByItsHead() throws {
        #expect(try tuples("Selenskyj begrüßte die US-Sicherheitsgarantien.") == ["UA security_guarantees +"])
    }

    @Test func aStanceNounIsMatchedByItsCompoundHead() throws {
        #expect(
            try tuples("Die Komplettabsage Moskaus an eine europäische Friedenstruppe kam prompt.") == ["RU security_guarantees -"])
    }

    @Test func anOccupiedRegionByNameIsTheTerritoryTopic() throws {
        #expect(try tuples("Putin verlangt den Donbass.") == ["RU territory +"])
    }
}
