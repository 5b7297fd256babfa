import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// An agreement with an impersonal or reciprocal subject ("man", "beide Seiten") is held
/// by every party named as a side of the talks just before it.
@Suite struct NegotiationParticipantsTests {
    private func statements(_ raw: String) throws -> [ExtractedStatement] {
        try Fixtures.extractor().extract(from: try Fixtures.text(raw))
    }

    private func tuples(_ raw: String) throws -> Set<String> {
        Set(try statements(raw).map { "\($0.party) \($0.topic) \($0.stance)" })
    }

    @Test func manWithAnAgreementVerbIsEverySideOfTheTalksBefore() throws {
        let raw = """
            In Genf führten Umjerow und Hnatow am Montag die Gespräche mit US-Außenminister Rubio. \
            Man habe sich auf einen «Rahmen der Sicherheitsvereinbarungen» geeinigt.
            """
        let found = try statements(raw)
        #expect(Set(found.map { "\($0.party) \($0.topic) \($0.stance)" }) == [
            "UA security_guarantees +1", "US security_guarantees +1",
        ])
        #expect(found.allSatisfy { $0.attribution == .reported })
        #expect(found.first { $0.party == "UA" }?.speaker == "Umjerow")
    }

    @Test(arguments: [
        "Beide Seiten vereinbarten einen Rahmen für Sicherheitsgarantien.",
        "Die Delegationen verständigten sich auf Sicherheitsgarantien nach einem Waffenstillstand.",
        "Die Unterhändler seien übereingekommen, an Sicherheitsgarantien weiterzuarbeiten.",
        "Konkret einigte man sich auf Sicherheitsgarantien.",
    ])
    func reciprocalSubjectsAndAgreementVerbsWork(_ agreement: String) throws {
        let raw = "Witkoff traf sich in Miami zu Gesprächen mit der ukrainischen Delegation. \(agreement)"
        #expect(try tuples(raw) == ["UA security_guarantees +1", "US security_guarantees +1"])
    }

    @Test func theSidesMayBeNamedAFewSentencesBefore() throws {
        let raw = """
            Die Gesprächsrunde zwischen Kushner und Kiews Chefunterhändlern dauerte bis in die Nacht. \
            Es sei das dritte Treffen dieser Art gewesen. Ein Ergebnis wurde erst am Morgen bekannt. \
            Man habe sich auf Sicherheitsgarantien geeinigt.
            """
        #expect(try tuples(raw) == ["UA security_guarantees +1", "US security_guarantees +1"])
    }

    @Test func possessorsAndPlacesAreNotSidesOfTheTalks() throws {
        let raw = """
            Die Verhandlungen zwischen Witkoff und Umjerow in der Ukraine hingen von Russlands Bereitschaft ab. \
            Man habe sich auf Sicherheitsgarantien geeinigt.
            """
        #expect(try tuples(raw) == ["UA security_guarantees +1", "US security_guarantees +1"])
    }

    @Test func partiesNamedAfterTheCollectiveSubjectAreItsSides() throws {
        let raw = "Die Unterhändler der USA und der Ukraine einigten sich auf Sicherheitsgarantien."
        #expect(try tuples(raw) == ["UA security_guarantees +1", "US security_guarantees +1"])
    }

    @Test func withoutTalksBeforeAnImpersonalAgreementHasNoHolder() throws {
        let raw = "Selenskyj sprach im Parlament. Man habe sich auf Sicherheitsgarantien geeinigt."
        #expect(try tuples(raw).isEmpty)
    }

    @Test func talksOutsideTheWindowAreTooFarBack() throws {
        let filler = Array(repeating: "Es regnete.", count: 7).joined(separator: " ")
        let raw = "Witkoff traf Umjerow zu Gesprächen. \(filler) Man habe sich auf Sicherheitsgarantien geeinigt."
        #expect(try tuples(raw).isEmpty)
    }

    @Test func manWithoutAnAgreementVerbStaysWithoutHolder() throws {
        let raw = "Witkoff traf Umjerow zu Gesprächen. Man fordere Sicherheitsgarantien."
        #expect(try tuples(raw).isEmpty)
    }

    @Test func aFailedAgreementIsNoStanceOfEitherSide() throws {
        let raw = "Witkoff traf Umjerow zu Gesprächen. Auf Sicherheitsgarantien habe man sich nicht geeinigt."
        #expect(try tuples(raw).isEmpty)
    }

    @Test func aBeneficiaryInTheAgreementSentenceIsNoSide() throws {
        let raw = """
            Witkoff und Lawrow trafen sich in Riad zu Gesprächen. \
            Man habe sich auf Sicherheitsgarantien für die Ukraine geeinigt.
            """
        #expect(try tuples(raw) == ["RU security_guarantees +1", "US security_guarantees +1"])
    }

    @Test func aPartnerNamedWithMitInTheAgreementSentenceIsASide() throws {
        let raw = "Man habe sich mit Kiew auf Sicherheitsgarantien geeinigt, sagte Witkoff."
        #expect(try tuples(raw) == ["UA security_guarantees +1", "US security_guarantees +1"])
    }

    @Test func theSeedAgreementOnAFrameworkGoesToBothDelegations() throws {
        let found = try Fixtures.extractor().extract(from: try Fixtures.seed("001"))
        let agreement = found.filter { $0.evidence.contains { $0.text.hasPrefix("Konkret habe man sich") } }
        #expect(Set(agreement.map { "\($0.party) \($0.topic) \($0.stance) \($0.attribution)" }) == [
            "US security_guarantees +1 reported", "UA security_guarantees +1 reported",
        ])
        #expect(Set(agreement.compactMap(\.speaker)) == ["Witkoff", "Umjerow"])
    }
}
