import StanceLogCore

/// Merges candidates with the same (party, topic, stance) into one statement whose
/// evidence lists every sentence, in text order.
///
/// The statement's confidence is scored from the signals of its strongest candidate (the
/// holder found by the strongest rule, the earliest on a tie), the number of other
/// sentences that say the same and whether the article gives the party another sign on the
/// topic too; a statement the scorer's threshold drops is left out.
struct StatementMerger: Sendable {
    let scorer: ConfidenceScorer

    func merge(_ candidates: [Candidate]) -> [ExtractedStatement] {
        scored(candidates).filter { scorer.keeps($0.statement.confidence) }.map(\.statement)
    }

    /// Every merged statement with the signals its confidence was scored from, the threshold not applied.
    func scored(_ candidates: [Candidate]) -> [(statement: ExtractedStatement, signals: CandidateSignals)] {
        var groups: [String: [Candidate]] = [:]
        var order: [String] = []
        var signs: [String: Set<Int>] = [:]
        for candidate in candidates {
            let key = "\(candidate.party.rawValue)|\(candidate.topic.rawValue)|\(candidate.stance.value)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(candidate)
            signs["\(candidate.party.rawValue)|\(candidate.topic.rawValue)", default: []].insert(candidate.stance.sign)
        }
        return order.compactMap { key in
            guard let group = groups[key], let first = group.first,
                let strongest = group.min(by: { $0.holderSource < $1.holderSource })
            else { return nil }
            var evidence: [EvidenceSpan] = []
            // A set, not a search of `evidence`: one statement repeated in thousands of sentences stays linear.
            var starts: Set<Int> = []
            for candidate in group where starts.insert(candidate.sentence.range.lowerBound).inserted {
                evidence.append(
                    EvidenceSpan(
                        text: candidate.sentence.text, start: candidate.sentence.range.lowerBound,
                        end: candidate.sentence.range.upperBound))
            }
            var signals = strongest.signals
            signals.duplicates = evidence.count - 1
            signals.contested = (signs["\(first.party.rawValue)|\(first.topic.rawValue)"]?.count ?? 0) > 1
            let statement = ExtractedStatement(
                party: first.party, topic: first.topic, stance: first.stance,
                attribution: group.map(\.attribution).max() ?? first.attribution,
                speaker: group.lazy.compactMap(\.speaker).first, evidence: evidence,
                date: group.lazy.compactMap(\.date).first,
                confidence: scorer.confidence(of: signals))
            return (statement, signals)
        }
    }
}
