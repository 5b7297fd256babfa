import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Word families and topic wording added in rules@1.5.0 (issue 11), one composed sentence each;
/// none is taken from the corpus or the validation set, and each fails when its entry is removed.
@Suite struct StanceFamilyTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func withoutAlternativeIsADemand() throws {
        #expect(try tuples("Verbindliche Sicherheitsgarantien seien alternativlos, sagte Starmer.") == ["GB security_guarantees +"])
    }

    @Test func aNoGoRejects() throws {
        #expect(try tuples("Ein Nato-Beitritt der Ukraine sei ein No-Go, sagte Peskow.") == ["RU nato_membership -"])
    }

    @Test func musicOfTheFutureIsNotNow() throws {
        #expect(try tuples("Ein Nato-Beitritt der Ukraine sei Zukunftsmusik, sagte Scholz.") == ["DE nato_membership -"])
    }

    @Test func hopingIsOpenness() throws {
        #expect(try tuples("Kiew hofft weiterhin auf einen baldigen Nato-Beitritt.") == ["UA nato_membership +"])
    }

    @Test func takingIntoConsiderationIsOpenness() throws {
        #expect(try tuples("Frankreich zieht die Entsendung von Soldaten in Erwägung.") == ["FR security_guarantees +"])
    }

    @Test func urgingIsADemand() throws {
        #expect(try tuples("Selenskyj dringt auf verbindliche Sicherheitsgarantien.") == ["UA security_guarantees +"])
    }

    @Test func turningDownAnOfferRejects() throws {
        #expect(try tuples("Moskau schlug das Angebot von Sicherheitsgarantien aus.") == ["RU security_guarantees -"])
    }

    @Test func aPeaceMissionIsAGuarantee() throws {
        #expect(
            try tuples("Großbritannien will sich an einer Friedensmission in der Ukraine beteiligen.") == ["GB security_guarantees +"])
    }

    @Test func freezingTheContactLineCedesLand() throws {
        #expect(try tuples("Washington schlägt vor, die Kontaktlinie einzufrieren.") == ["US territory +"])
    }

    @Test func aGovernmentSpokesmanSpeaksForHisGovernment() throws {
        #expect(try tuples("Gebietsabtretungen seien inakzeptabel, sagte Hebestreit.") == ["DE territory -"])
    }

    @Test func territorialExpansionIsNoCession() throws {
        #expect(try tuples("Moskau verzichtet nicht auf weitere Gebietserweiterungen.").isEmpty)
    }

    @Test func aSecurityArchitectureIsNoGuarantee() throws {
        #expect(try tuples("Moskau will über die europäische Sicherheitsarchitektur sprechen.").isEmpty)
    }
}
