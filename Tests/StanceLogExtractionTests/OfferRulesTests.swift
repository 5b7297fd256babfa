import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// "im Gegenzug für X durch Y", "als Gegenleistung für", "angeboten", "in Aussicht
/// gestellt": Y offers X (+1), and the exchange phrase keeps X from taking the stance
/// cue of another topic.
@Suite struct OfferRulesTests {
    private func tuples(_ raw: String) throws -> Set<String> {
        Set(try Fixtures.extractor().extract(from: try Fixtures.text(raw)).map { "\($0.party) \($0.topic) \($0.stance)" })
    }

    @Test func theSeedDemandStaysWithTerritoryAndTheGuaranteeIsAnOffer() throws {
        let found = try Fixtures.extractor().extract(from: try Fixtures.seed("003"))
        let exchange = found.filter { $0.evidence.contains { $0.text.hasPrefix("Es wird jedoch vermutet") } }
        #expect(Set(exchange.map { "\($0.party) \($0.topic) \($0.stance) \($0.attribution)" }) == [
            "US territory +2 inferred", "US security_guarantees +1 inferred",
        ])
    }

    @Test func anExchangePhraseInItsOwnClauseTakesNoDemandFromTheClauseBefore() throws {
        let raw = "Die USA fordern von der Ukraine Gebietsabtretungen, als Gegenleistung für Sicherheitsgarantien durch die Europäer."
        #expect(try tuples(raw) == ["US territory +2", "EU security_guarantees +1"])
    }

    @Test func anExchangePhraseInsideTheDemandClauseGovernsOnlyItsTopic() throws {
        let raw = "Die Ukraine wird zu Gebietsabtretungen im Gegenzug für Sicherheitsgarantien durch die USA aufgefordert."
        #expect(try tuples(raw) == ["US territory +2", "US security_guarantees +1"])
    }

    @Test(arguments: [
        ("Kiew wird zu Gebietsabtretungen gedrängt – im Gegenzug für Sicherheitsgarantien der USA.", "US"),
        ("Kiew wird zu Gebietsabtretungen gedrängt – im Gegenzug für Sicherheitsgarantien Washingtons.", "US"),
        ("Kiew wird zu Gebietsabtretungen gedrängt – im Gegenzug für Sicherheitsgarantien von Großbritannien.", "GB"),
    ])
    func theProviderAfterTheTopicHoldsTheOffer(_ raw: String, _ party: String) throws {
        #expect(try tuples(raw) == ["\(party) security_guarantees +1"])
    }

    @Test func anOfferVerbIsHeldByItsAgent() throws {
        #expect(try tuples("Der Ukraine wurden von Großbritannien Sicherheitsgarantien angeboten.") == [
            "GB security_guarantees +1"
        ])
        #expect(try tuples("Sicherheitsgarantien seien der Ukraine von Frankreich in Aussicht gestellt worden.") == [
            "FR security_guarantees +1"
        ])
    }

    @Test func anActiveOfferVerbIsHeldByItsSubjectNotByAVonPhrase() throws {
        let raw = "Die USA haben nach einem Treffen mit Vertretern von Frankreich Sicherheitsgarantien angeboten."
        #expect(try tuples(raw) == ["US security_guarantees +1"])
    }

    @Test func anExchangeWithoutProviderIsHeldByWhoProposesIt() throws {
        let raw = "Russland bietet eine Waffenruhe im Gegenzug für Gebietsabtretungen an."
        #expect(try tuples(raw) == ["RU territory +1"])
    }

    @Test func anExchangeImposedOnUkraineIsNotUkraines() throws {
        #expect(try tuples("Die Ukraine soll Gebiete abtreten – im Gegenzug für Sicherheitsgarantien.").isEmpty)
    }
}
