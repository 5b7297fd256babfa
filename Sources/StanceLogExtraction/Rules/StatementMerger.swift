import StanceLogCore

/// Merges candidates with the same (party, topic, stance) into one statement whose
/// evidence lists every sentence, in text order.
struct StatementMerger: Sendable {
    func merge(_ candidates: [Candidate]) -> [ExtractedStatement] {
        var groups: [String: [Candidate]] = [:]
        var order: [String] = []
        for candidate in candidates {
            let key = "\(candidate.party.rawValue)|\(candidate.topic.rawValue)|\(candidate.stance.value)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(candidate)
        }
        return order.compactMap { key in
            guard let group = groups[key], let first = group.first else { return nil }
            var evidence: [EvidenceSpan] = []
            // A set, not a search of `evidence`: one statement repeated in thousands of sentences stays linear.
            var starts: Set<Int> = []
            for candidate in group where starts.insert(candidate.sentence.range.lowerBound).inserted {
                evidence.append(
                    EvidenceSpan(
                        text: candidate.sentence.text, start: candidate.sentence.range.lowerBound,
                        end: candidate.sentence.range.upperBound))
            }
            return ExtractedStatement(
                party: first.party, topic: first.topic, stance: first.stance,
                attribution: group.map(\.attribution).max() ?? first.attribution,
                speaker: group.lazy.compactMap(\.speaker).first, evidence: evidence,
                date: group.lazy.compactMap(\.date).first,
                confidence: min(0.95, (group.map(\.confidence).max() ?? first.confidence) + 0.05 * Double(group.count - 1)))
        }
    }
}
