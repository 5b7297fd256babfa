/// An extracted statement an analyst retracted or corrected, with the claims it stands for.
///
/// Curation carries over re-extraction by claim (``CurationCarryOver``): a retracted
/// statement stands for its claim as extracted; a corrected one for its claim as
/// extracted and as corrected (same sentences, with the party and topic the analyst set).
public struct CuratedClaim: Hashable, Sendable {
    public let statementID: String
    public let retracted: Bool
    /// The claim as the extractor made it, then (for a correction that changed party or topic) as corrected.
    public let claims: [Claim]

    /// - Parameters:
    ///   - statementID: the curated statement.
    ///   - retracted: whether it was retracted (else corrected).
    ///   - extracted: its claim as extracted.
    ///   - party: its party now (after corrections).
    ///   - topic: its topic now (after corrections).
    public init(statementID: String, retracted: Bool, extracted: Claim, party: String, topic: String) {
        self.statementID = statementID
        self.retracted = retracted
        let current = Claim(party: party, topic: topic, sentences: extracted.sentences)
        claims = current == extracted ? [extracted] : [extracted, current]
    }

    /// Whether this curation covers `claim`.
    public func covers(_ claim: Claim) -> Bool {
        claims.contains { $0.saysTheSame(as: claim) }
    }
}

extension Claim {
    init(party: String, topic: String, sentences: Set<String>) {
        self.init(party: party, topic: topic, evidence: Array(sentences))
    }
}
