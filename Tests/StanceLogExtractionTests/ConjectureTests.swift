import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Rules added for issue 11 in rules@1.9.0, on sentences written for the test (none from the
/// corpus); each gave a statement the sentence does not make before its rule (the controls beside them
/// pass either way).
@Suite struct ConjectureTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func whatAPartyMightDoWithNobodySayingSoIsNoStance() throws {
        #expect(try tuples("Russland könnte die Waffenruhe nutzen, um weitere Gebiete zu beanspruchen.").isEmpty)
        #expect(try tuples("Stattdessen könnten die USA Garantien anbieten, um einen Waffenstillstand zu erreichen.").isEmpty)
    }

    @Test func whatASpeakerSaysAPartyMightDoStillCounts() throws {
        #expect(try tuples("Die USA könnten Garantien anbieten, sagte Rubio.") == ["US security_guarantees +"])
    }

    /// rules@1.12.0: the claimant's no to a cession asks for more or keeps what it holds, its yes (+1).
    @Test func theClaimantsNoToACessionIsItsYes() throws {
        #expect(try tuples("Der Kreml lehnte einen Waffenstillstand entlang der jetzigen Frontlinie ab.") == ["RU territory +"])
        #expect(try tuples("Die annektierten Regionen stünden nicht zur Diskussion, sagte Peskow.") == ["RU territory +"])
        #expect(try tuples("Der Kremlchef schloss Zugeständnisse beim Donbass aus.") == ["RU territory +"])
        #expect(
            try tuples("Moskau wies den ukrainischen Vorschlag eines Gebietstauschs zurück.") == ["RU territory +", "UA territory +"])
        #expect(try tuples("Kiew lehnt es ab, die Frontlinie einzufrieren.") == ["UA territory -"])
        #expect(try tuples("Putin ist bereit, die Kämpfe entlang der Frontlinie einzufrieren.") == ["RU territory +"])
    }

    @Test func guaranteesThatANonProviderDemandsAreItsOwn() throws {
        #expect(try tuples("Auch Moskau brauche Garantien für die eigene Sicherheit, sagte Peskow.").isEmpty)
        #expect(try tuples("Der Kreml fordert Sicherheitsgarantien vom Westen.").isEmpty)
        #expect(try tuples("Der Kreml lehnt westliche Sicherheitsgarantien für Kiew ab.") == ["RU security_guarantees -"])
    }
}
