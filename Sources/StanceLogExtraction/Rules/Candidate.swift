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
    /// What the statement's confidence is scored from, once the merger has added the duplicates.
    let signals: CandidateSignals
    /// How the holder was found: the merger takes the strongest candidate's signals.
    let holderSource: HolderSource
    /// The codebook stance of the cue, before negation: whether the holder demanded or refused.
    var cueStance: Int = 0
}
