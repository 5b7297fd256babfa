import StanceLogCore

/// Decides whether a stance is the party's own words, reported, or inferred.
///
/// Inference markers (`offenbar`, `vermutet`) make it `inferred`. A source
/// marker (`zufolge`, `nach Angaben`, `berichtet`), a speaker of another party,
/// or Konjunktiv I without the holder speaking make it `reported`. A quote, a
/// verb of saying with the holder as speaker, or a named person holding the
/// stance in the indicative make it `direct`.
struct AttributionRules: Sendable {
    let codebook: CompiledCodebook
    let analysis: SentenceAnalysis

    func attribution(of cue: CueMention, holder: ActorMention, source: HolderSource) -> Attribution {
        let tokens = analysis.tokens
        let all = 0..<tokens.count
        if all.contains(where: { !codebook.inferred.matches(in: tokens, at: $0).isEmpty }) { return .inferred }
        // ", so NBC", "wie die Zeitung berichtet", "berichtet CNN", "der Agentur zufolge": a
        // medium or another non-party tells the stance, which is then reported.
        let toldByNonParty = analysis.actors.contains { mention in
            guard mention.party == nil else { return false }
            let before = max(0, mention.start - 3)..<mention.start
            return before.contains {
                !codebook.sourceBefore.matches(in: tokens, at: $0).isEmpty || !codebook.speech.matches(in: tokens, at: $0).isEmpty
            } || (mention.end < tokens.count && !codebook.sourceAfter.matches(in: tokens, at: mention.end).isEmpty)
        }
        if toldByNonParty { return .reported }
        if all.contains(where: { !codebook.reported.matches(in: tokens, at: $0).isEmpty })
            || all.contains(where: { !codebook.sourceAfter.matches(in: tokens, at: $0).isEmpty })
        {
            return source == .clauseSource || source == .sentenceSource ? .direct : .reported
        }
        let speaks = all.contains { !codebook.speech.matches(in: tokens, at: $0).isEmpty }
        if analysis.quoted[cue.start] || speaks { return .direct }
        let subjunctive = analysis.tokens(ofClause: analysis.clause[cue.start]).contains {
            !codebook.subjunctive.matches(in: tokens, at: $0).isEmpty
        }
        if subjunctive { return .reported }
        return holder.form == .person || holder.form == .role ? .direct : .reported
    }
}
