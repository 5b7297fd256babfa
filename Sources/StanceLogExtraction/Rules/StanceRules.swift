import StanceLogCore

/// Turns the analysis of one sentence into candidate statements.
///
/// Each topic mention takes the stance cues of its own clause (or, when its
/// clause has none, of the nearest earlier clause, else the nearest later one).
/// A participle cue only qualifies the topic right after it. Negation in the
/// cue's clause, or right before the topic ("keine Friedenstruppen"), turns the
/// stance around; a negated rejection ("schloss nicht aus") becomes openness.
/// An inverted topic cue ("Grenzen vor 2014") turns it around again.
struct StanceRules: Sendable {
    let codebook: CompiledCodebook

    func candidates(in analysis: SentenceAnalysis, antecedent: ActorMention?) -> [Candidate] {
        let resolver = HolderResolver(codebook: codebook, analysis: analysis, antecedent: antecedent)
        let attribution = AttributionRules(codebook: codebook, analysis: analysis)
        let date = StatementDateFinder().date(in: analysis)
        var best: [String: (Candidate, HolderSource)] = [:]
        var order: [String] = []
        for topic in analysis.topics {
            for cue in cues(for: topic, in: analysis) {
                guard let holder = resolver.holder(of: cue) else { continue }
                let value = stance(of: cue, for: topic, in: analysis)
                guard let stance = Stance(value) else { continue }
                let topicEntry = codebook.source.topics[topic.topic]
                let obliged = isImposed(cue: cue, in: analysis)
                for mention in holder.mentions {
                    guard let partyIndex = mention.party else { continue }
                    let party = codebook.source.parties[partyIndex].id
                    if party == topicEntry.about, obliged || holder.source == .locative { continue }
                    let kind = attribution.attribution(of: cue, holder: mention, source: holder.source)
                    var confidence = holder.source.confidence
                    if value != codebook.source.stanceCues[cue.cue].stance { confidence -= 0.05 }
                    if kind == .inferred { confidence -= 0.1 }
                    let candidate = Candidate(
                        party: party, topic: topicEntry.id, stance: stance, attribution: kind,
                        speaker: speaker(of: mention, in: analysis), sentence: analysis.sentence, date: date,
                        confidence: min(max(confidence, 0.05), 0.95))
                    let key = "\(party.rawValue)|\(topicEntry.id.rawValue)"
                    if let existing = best[key], existing.1 <= holder.source { continue }
                    if best[key] == nil { order.append(key) }
                    best[key] = (candidate, holder.source)
                }
            }
        }
        return order.compactMap { best[$0]?.0 }
    }

    /// The cues that speak about `topic`.
    private func cues(for topic: TopicMention, in analysis: SentenceAnalysis) -> [CueMention] {
        let clause = analysis.clause[topic.start]
        let usable = analysis.cues.filter { cue in
            guard codebook.source.stanceCues[cue.cue].kind == .participle else { return true }
            return cue.end <= topic.start && cue.end >= topic.start - 1
        }
        let local = usable.filter { codebook.source.stanceCues[$0.cue].kind != .predicate }
        let own = usable.filter { analysis.clause[$0.start] == clause }
        if !own.isEmpty {
            let localOwn = own.filter { local.contains($0) }
            let predicates = own.filter { !local.contains($0) }
            return localOwn + (strongest(predicates, near: topic).map { [$0] } ?? [])
        }
        let earlier = usable.filter { analysis.clause[$0.start] < clause }
        if let nearestClause = earlier.map({ analysis.clause[$0.start] }).max() {
            return strongest(earlier.filter { analysis.clause[$0.start] == nearestClause }, near: topic).map { [$0] }
                ?? []
        }
        let later = usable.filter { analysis.clause[$0.start] > clause }
        if let nearestClause = later.map({ analysis.clause[$0.start] }).min() {
            return strongest(later.filter { analysis.clause[$0.start] == nearestClause }, near: topic).map { [$0] }
                ?? []
        }
        return []
    }

    private func strongest(_ cues: [CueMention], near topic: TopicMention) -> CueMention? {
        cues.max { left, right in
            let leftWeight = codebook.source.stanceCues[left.cue].weight
            let rightWeight = codebook.source.stanceCues[right.cue].weight
            if leftWeight != rightWeight { return leftWeight < rightWeight }
            return abs(left.start - topic.start) > abs(right.start - topic.start)
        }
    }

    private func stance(of cue: CueMention, for topic: TopicMention, in analysis: SentenceAnalysis) -> Int {
        var value = codebook.source.stanceCues[cue.cue].stance
        if isNegated(cue, topic: topic, in: analysis) {
            value = value > 0 ? -1 : (value < 0 ? 1 : 0)
        }
        return topic.inverted ? -value : value
    }

    private func isNegated(_ cue: CueMention, topic: TopicMention, in analysis: SentenceAnalysis) -> Bool {
        let kind = codebook.source.stanceCues[cue.cue].kind
        let clause = analysis.clause[cue.start]
        let beforeTopic = analysis.negations.contains { $0 < topic.start && $0 >= topic.start - 2 }
            && analysis.clause[topic.start] == clause
        switch kind {
        case .participle:
            return analysis.negations.contains(cue.start - 1)
        case .noun:
            return analysis.negations.contains { $0 < cue.start && $0 >= cue.start - 2 } || beforeTopic
        case .predicate:
            return beforeTopic || analysis.negations.contains { analysis.clause[$0] == clause }
        }
    }

    /// A stance laid on the clause's subject rather than held by it: "die Ukraine soll verzichten".
    private func isImposed(cue: CueMention, in analysis: SentenceAnalysis) -> Bool {
        let clause = analysis.tokens(ofClause: analysis.clause[cue.start])
        return clause.contains { !codebook.obligation.matches(in: analysis.tokens, at: $0).isEmpty }
            || codebook.source.stanceCues[cue.cue].passive
    }

    private func speaker(of mention: ActorMention, in analysis: SentenceAnalysis) -> String? {
        switch mention.form {
        case .person, .role, .alias: analysis.text(of: mention.start, mention.end)
        case .genitive, .nonParty: nil
        }
    }
}
