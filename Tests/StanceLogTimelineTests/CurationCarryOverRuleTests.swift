import StanceLogTimeline
import Testing

/// The claim rule on its own: same party and topic, an evidence sentence in common.
@Suite struct CurationCarryOverRuleTests {
    private let retracted = CuratedClaim(
        statementID: "st-a", retracted: true,
        extracted: Claim(party: "RU", topic: "territory", evidence: ["Satz A.", "Satz B."]), party: "RU",
        topic: "territory")

    @Test(arguments: [
        (["Satz  A. "], "RU", "territory", true),
        (["Satz B.", "Satz C."], "RU", "territory", true),
        (["Satz C."], "RU", "territory", false),
        (["Satz A."], "UA", "territory", false),
        (["Satz A."], "RU", "nato_membership", false),
    ])
    func aRetractionCoversTheSameSentenceForTheSamePartyAndTopic(
        evidence: [String], party: String, topic: String, covered: Bool
    ) {
        let claim = Claim(party: party, topic: topic, evidence: evidence)
        #expect((CurationCarryOver.absorber(of: claim, among: [retracted]) != nil) == covered)
    }

    @Test func aCorrectionThatChangedTheTopicCoversTheOldAndTheNewFiling() {
        let corrected = CuratedClaim(
            statementID: "st-b", retracted: false,
            extracted: Claim(party: "US", topic: "territory", evidence: ["Satz B."]), party: "US",
            topic: "security_guarantees")
        #expect(corrected.claims.count == 2)
        #expect(corrected.covers(Claim(party: "US", topic: "territory", evidence: ["Satz B."])))
        #expect(corrected.covers(Claim(party: "US", topic: "security_guarantees", evidence: ["Satz B."])))
        #expect(!corrected.covers(Claim(party: "US", topic: "nato_membership", evidence: ["Satz B."])))
    }
}
