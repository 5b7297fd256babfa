/// The parties of the talks an article reports, for an agreement whose subject is
/// impersonal or reciprocal: "Konkret habe man sich auf einen «Rahmen der
/// Sicherheitsvereinbarungen» geeinigt."
///
/// Looks at the sentence itself, then walks back through at most the codebook's
/// `negotiation.window` earlier sentences. A sentence that reports talks
/// ("Gespräche", "Delegation", "Unterhändler") or has a reciprocal subject ("beide
/// Seiten") names participants: every party mention that is not a mere possessor
/// ("Russlands Bereitschaft") and is not governed by a preposition other than
/// `zwischen`, `mit`, `für`, `von` or `seitens` ("in der Ukraine" is a place, "für die
/// Ukraine" a side). In the agreement's own sentence only `zwischen` and `mit` name a
/// side ("mit Kiew geeinigt"); "Garantien für die Ukraine" names a beneficiary. The walk stops after the sentence in which a second party turns
/// up: an agreement has at least two sides, and the nearest talks are the ones meant.
struct NegotiationParticipants: Sendable {
    /// A party of the talks, with the name to report as its speaker.
    struct Participant: Sendable {
        let mention: ActorMention
        let name: String
    }

    /// Prepositions that name a side of talks: "Gespräche zwischen …", "mit Kiews Unterhändlern".
    static let sidePrepositions: Set<String> = ["zwischen", "mit", "für", "von", "vom", "seitens", "aufseiten"]
    /// Prepositions that name a side in the sentence of the agreement itself: "mit Kiew geeinigt".
    static let agreementSidePrepositions: Set<String> = ["zwischen", "mit"]

    let codebook: CompiledCodebook

    /// The participants named in `analysis` (any sentence) and in `earlier` (sentences that
    /// report talks), nearest first, one per party.
    func participants(of analysis: SentenceAnalysis, earlier: [SentenceAnalysis]) -> [Participant] {
        var result: [Participant] = []
        var walked = [analysis]
        walked += earlier.suffix(codebook.source.negotiation.window).reversed()
        for (offset, sentence) in walked.enumerated() {
            if offset > 0, !reportsTalks(sentence) { continue }
            let prepositions = offset == 0 ? Self.agreementSidePrepositions : Self.sidePrepositions
            for mention in sides(in: sentence, prepositions: prepositions) where !result.contains(where: { $0.mention.party == mention.party }) {
                result.append(Participant(mention: mention, name: sentence.text(of: mention.start, mention.end)))
            }
            if Set(result.compactMap(\.mention.party)).count >= 2 { break }
        }
        return result
    }

    private func reportsTalks(_ analysis: SentenceAnalysis) -> Bool {
        analysis.tokens.indices.contains {
            !codebook.talks.matches(in: analysis.tokens, at: $0).isEmpty
                || !codebook.collectiveSubjects.matches(in: analysis.tokens, at: $0).isEmpty
        }
    }

    /// The party mentions of a sentence that can name a side, persons before roles before places.
    private func sides(in analysis: SentenceAnalysis, prepositions: Set<String>) -> [ActorMention] {
        let usable = analysis.actors.filter { mention in
            guard mention.party != nil, mention.form != .genitive, mention.form != .nonParty else { return false }
            guard let preposition = governingPreposition(of: mention, in: analysis) else { return true }
            return prepositions.contains(preposition)
        }
        let rank: (ActorMention.Form) -> Int = { form in
            switch form {
            case .person: 0
            case .role: 1
            default: 2
            }
        }
        return usable.enumerated().sorted { left, right in
            rank(left.element.form) != rank(right.element.form)
                ? rank(left.element.form) < rank(right.element.form) : left.offset < right.offset
        }.map(\.element)
    }

    /// The preposition before a mention, over at most three articles or lower-case words.
    private func governingPreposition(of mention: ActorMention, in analysis: SentenceAnalysis) -> String? {
        var index = mention.start - 1
        var skipped = 0
        while let word = analysis.word(index), skipped < 3 {
            if GermanWords.prepositions.contains(word) { return word }
            guard GermanWords.determiners.contains(word) || !analysis.tokens[index].capitalized else { return nil }
            index -= 1
            skipped += 1
        }
        return nil
    }
}
