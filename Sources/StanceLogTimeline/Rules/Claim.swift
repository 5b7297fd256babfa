/// What a statement says, as analyst curation follows it across re-extractions.
///
/// Two statements of the same article say the same thing when they name the same
/// party and topic and share at least one evidence sentence (compared after
/// ``normalise(_:)``). The stance is not part of a claim: a re-extraction with
/// another codebook may score the same sentence differently, and the analyst's
/// retraction or correction was about the sentence, not the score.
public struct Claim: Hashable, Sendable {
    public let party: String
    public let topic: String
    /// The evidence sentences, each normalised.
    public let sentences: Set<String>

    /// - Parameters:
    ///   - party: the party id.
    ///   - topic: the topic id.
    ///   - evidence: the evidence sentences as recorded; empty ones are dropped.
    public init(party: String, topic: String, evidence: [String]) {
        self.party = party
        self.topic = topic
        sentences = Set(evidence.map(Self.normalise).filter { !$0.isEmpty })
    }

    /// Whether `other` says the same thing: same party and topic, and a sentence in common.
    public func saysTheSame(as other: Claim) -> Bool {
        party == other.party && topic == other.topic && !sentences.isDisjoint(with: other.sentences)
    }

    /// A sentence with every run of blank space made one space and the ends trimmed.
    public static func normalise(_ sentence: String) -> String {
        sentence.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
