import StanceLogCore

extension StanceRules {
    /// The signals of one (topic, cue) pair for the confidence scorer and `--explain`.
    ///
    /// - Parameter holder: the holder and the mention of it that gives the party, nil when none was found.
    func signals(
        cue: CueMention, topic: TopicMention, stance: Int, holder: (Holder, ActorMention)?, attribution: Attribution?,
        in analysis: SentenceAnalysis
    ) -> CandidateSignals {
        let entry = codebook.source.stanceCues[cue.cue]
        let topicDistance = cue.start >= topic.end ? cue.start - topic.end : max(0, topic.start - cue.end)
        var holderDistance: Int?
        if let (holder, mention) = holder, ![.pronoun, .participants, .carried].contains(holder.source) {
            holderDistance = cue.start >= mention.end ? cue.start - mention.end : max(0, mention.start - cue.end)
        }
        return CandidateSignals(
            cueKind: entry.kind.rawValue, cueStance: entry.stance, stance: stance,
            negated: isNegated(cue, topic: topic, in: analysis), modal: isImposed(cue: cue, in: analysis),
            attribution: attribution?.rawValue, holderRule: holder.map { "\($0.0.source)" },
            cueTopicDistance: topicDistance, cueHolderDistance: holderDistance,
            sameClause: analysis.clause[cue.start] == analysis.clause[topic.start], quoted: analysis.quoted[cue.start],
            anaphoric: topic.anaphoric, inverted: topic.inverted)
    }
}
