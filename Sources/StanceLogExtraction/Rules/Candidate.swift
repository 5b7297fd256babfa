import StanceLogCore

/// One (party, topic, stance) the rules found in one sentence, before merging.
struct Candidate: Sendable {
    let party: PartyID
    let topic: TopicID
    let stance: Stance
    let attribution: Attribution
    let speaker: String?
    let sentence: Sentence
    let date: PartialDate?
    let confidence: Double
    /// The codebook stance of the cue, before negation: whether the holder demanded or refused.
    var cueStance: Int = 0
}
