import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Holder rules of rules@1.10.0 (issue 11), on sentences written for the test: a capital after the
/// verb is where something happened, not who holds it; genitives joined by `und` control an
/// infinitive together; parties between two dashes say who the noun before them means. Each rule's
/// test fails without it; the controls beside them pass either way.
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
}
