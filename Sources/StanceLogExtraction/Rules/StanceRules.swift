import StanceLogCore

/// Turns the analysis of one sentence into candidate statements.
///
/// Each topic mention takes the stance cues of its own clause (or, when its
/// clause has none, of the nearest earlier clause, else the nearest later one).
/// A participle cue only qualifies the topic right after it. Negation in the
/// cue's clause, or right before the topic ("keine Friedenstruppen"), turns the
/// stance around; a negated rejection ("schloss nicht aus") becomes openness.
/// An inverted topic cue ("Grenzen vor 2014") turns it around again.
///
/// A cue is scoped to the topic it governs: an exchange phrase ("im Gegenzug für
/// Sicherheitsgarantien") gives its stance only to the topic right after it, and that
/// topic takes no other cue, so a demand in the clause before ("zu Gebietsabtretungen
/// aufgefordert") stays with its own topic.
struct StanceRules: Sendable {
    let codebook: CompiledCodebook
    let scorer: ConfidenceScorer

    /// - Parameter earlier: the sentences just before, nearest last, where the parties of
    ///   talks may be named.
    func candidates(in analysis: SentenceAnalysis, antecedent: Antecedent?, earlier: [SentenceAnalysis] = [])
        -> [Candidate]
    {
        var trace: Trace?
        return candidates(in: analysis, antecedent: antecedent, earlier: earlier, trace: &trace)
    }

    /// What `--explain` records while the rules run; nil on the normal path, which then builds no text.
    struct Trace {
        var skipped: String?
        var decisions: [SentenceExplanation.Decision] = []
    }

    func candidates(
        in analysis: SentenceAnalysis, antecedent: Antecedent?, earlier: [SentenceAnalysis], carried: Antecedent? = nil,
        carriedSpeaksThisQuote: Bool = false, latest: Antecedent? = nil, previousSubject: Antecedent? = nil,
        previousSubjects: [Antecedent] = [], documentOwner: DocumentOwner? = nil, trace: inout Trace?
    ) -> [Candidate] {
        if analysis.sentence.text.hasSuffix("?") {
            trace?.skipped = "a question states no stance"
            return []
        }
        let resolver = HolderResolver(
            codebook: codebook, analysis: analysis, antecedent: antecedent, earlier: earlier, carried: carried,
            carriedSpeaksThisQuote: carriedSpeaksThisQuote, latest: latest, previousSubject: previousSubject,
            documentOwner: documentOwner, previousSubjects: previousSubjects)
        let attribution = AttributionRules(codebook: codebook, analysis: analysis)
        let date = StatementDateFinder().date(in: analysis)
        var best: [String: (Candidate, HolderSource)] = [:]
        // The keys whose best pair stands in a clause of contrast ("…, ein Beitritt sei aber nicht realistisch").
        var contrasted: Set<String> = []
        var order: [String] = []
        var decided: [String: Int] = [:]
        let assessed = isAssessmentByNonParty(analysis)
        for topic in analysis.topics {
            let topicEntry = codebook.source.topics[topic.topic]
            func note(_ cue: CueMention?, _ value: Int, _ holder: (Holder, ActorMention)?, _ kind: Attribution?, _ outcome: String) {
                guard trace != nil else { return }
                var decision = SentenceExplanation.Decision(
                    topic: "\(topicEntry.id.rawValue) \"\(analysis.text(of: topic.start, topic.end))\""
                        + (topic.inverted ? " (inverted)" : ""),
                    cue: cue.map { describe($0, in: analysis) } ?? "none",
                    negated: cue.map { isNegated($0, topic: topic, in: analysis) } ?? false, stance: value,
                    holder: holder.map { describe($0.1, source: $0.0.source, in: analysis) }, holderRule: holder.map { "\($0.0.source)" },
                    attribution: kind.map(\.rawValue), outcome: outcome)
                if let cue {
                    let found = signals(cue: cue, topic: topic, stance: value, holder: holder, attribution: kind, in: analysis)
                    decision.signals = found
                    decision.confidence = holder == nil ? nil : scorer.confidence(of: found)
                }
                trace?.decisions.append(decision)
            }
            if startsQuestion(clause: analysis.clause[topic.start], in: analysis) {
                note(nil, 0, nil, nil, "rejected: the topic stands in an indirect question (ob …)")
                continue
            }
            if assessed, analysis.clause[topic.start] > 0 {
                note(nil, 0, nil, nil, "rejected: a non-party's assessment (an expert's dass clause)")
                continue
            }
            if declinesToComment(clause: analysis.clause[topic.start], in: analysis) {
                note(nil, 0, nil, nil, "rejected: declining to comment states no stance (wollte sich nicht äußern)")
                continue
            }
            let paired = stances(for: topic, in: analysis)
            if paired.isEmpty { note(nil, 0, nil, nil, "rejected: no cue bears on this topic mention") }
            for (cue, pairedValue) in paired {
                var value = pairedValue
                var demander: Holder?
                // "Wer Gebietsabtretungen verlangt, belohnt den Aggressor": a clause of `wer` speaks of
                // anyone who would, not of a party.
                if firstWord(ofClause: analysis.clause[cue.start], in: analysis) == "wer" {
                    note(cue, value, nil, nil, "rejected: the cue stands in a generic clause (wer …)")
                    continue
                }
                // "Wenn Trump bereit ist, …, werden wir …": a condition supposes, it states nothing.
                if opensCondition(analysis.clause[cue.start], in: analysis) {
                    // "… komme erst dann infrage, wenn sich die Truppen zurückgezogen hätten": a condition set
                    // with `nur` or `erst` is what the one who sets it demands.
                    guard value != 0, isPrecondition(analysis.clause[cue.start], in: analysis),
                        let setter = resolver.imposer(of: cue, excluding: nil)
                    else {
                        note(cue, value, nil, nil, "rejected: the cue stands in a condition or a clause of past time (wenn, falls, sofern, als)")
                        continue
                    }
                    value = value > 0 ? 2 : -2
                    demander = setter
                }
                guard var holder = demander ?? resolver.holder(of: cue) ?? resolver.documentHolder() else {
                    note(cue, value, nil, nil, "rejected: no holder (no party as subject, source or speaker)")
                    continue
                }
                guard let stance = Stance(value) else { continue }
                // "warb für eine amerikanische Rückendeckung", "forderte eine amerikanische Zusage": what one
                // party asks of another, named by its adjective, is not yet that other's stance.
                if holder.source == .local, isAskedOfAnother(cue, holder: holder, in: analysis, resolver: resolver) {
                    note(cue, value, nil, nil, "rejected: a noun another party asks for (forderte eine amerikanische Zusage)")
                    continue
                }
                // "Lawrow bezeichnete die Pläne für eine Friedenstruppe als …", "kritisierte die Pläne": the
                // subject judges a proposal it does not make.
                if holder.source == .subject, isJudgedProposal(cue, in: analysis) {
                    note(cue, value, nil, nil, "rejected: a proposal the subject judges (bezeichnete, nannte, kritisierte)")
                    continue
                }
                // "Moskau könnte die Ruhe nutzen, um …": `könnte` with nobody who says so is the writer's
                // conjecture about the subject, not the subject's stance.
                if [.subject, .precedingSubject].contains(holder.source),
                    isConjecture(clauses: [analysis.clause[cue.start]] + holder.mentions.compactMap {
                        analysis.clause.indices.contains($0.start) ? analysis.clause[$0.start] : nil
                    }, in: analysis),
                    resolver.imposer(of: cue, excluding: nil) == nil
                {
                    note(cue, value, nil, nil, "rejected: a conjecture (könnte) that no party is said to make")
                    continue
                }
                let cueObliged = isImposed(cue: cue, in: analysis)
                // "die in die Nato strebende Ukraine könnte …": a modal binds the clause's predicate, not the
                // participle that qualifies its subject.
                let qualifying = holder.source == .local && codebook.source.stanceCues[cue.cue].kind == .predicate
                func obliged(_ mention: ActorMention) -> Bool {
                    !qualifying && cueObliged
                        || (holder.source == .precedingSubject && analysis.clause.indices.contains(mention.start)
                            && hasObligation(inClause: analysis.clause[mention.start], in: analysis))
                }
                // "Die Ukraine müsse auf den Beitritt verzichten, sagte Putin": the stance laid on
                // the topic's own party is held by whoever lays it, the speaker or the plan's owner.
                // "Die Ukraine könne der Nato nicht beitreten, sagte Hegseth": what the party cannot do is the
                // speaker's view too; with nobody saying so it stays the party's own ("Kiew kann das nicht
                // akzeptieren").
                var heldByImposer = false
                if holder.mentions.allSatisfy({ mention in
                    mention.party.map { codebook.source.parties[$0].id } == topicEntry.about
                        && (obliged(mention) || statesInability(inClause: analysis.clause[cue.start], in: analysis))
                }), let imposer = resolver.imposer(of: cue, excluding: topicEntry.about) {
                    // "Selenskyj sagte, sein Land müsse anerkennen, …": the party's own speaker lays
                    // the obligation on it, and that is the party's stance.
                    heldByImposer = imposer.mentions.allSatisfy { mention in
                        mention.party.map { codebook.source.parties[$0].id } == topicEntry.about
                    }
                    holder = imposer
                } else if holder.source == .subject, holder.mentions.allSatisfy(obliged),
                    let speaker = resolver.imposer(of: cue, excluding: nil),
                    [.sentenceSource, .precedingSubject, .pronoun].contains(speaker.source),
                    !speaker.mentions.contains(where: { other in holder.mentions.contains { $0.party == other.party } })
                {
                    // "Die USA sollen sich an den Garantien beteiligen, forderte Selenskyj": what another party
                    // says a party should do is the speaker's demand, not the subject's stance.
                    holder = speaker
                    heldByImposer = true
                } else if holder.source == .subject, codebook.source.stanceCues[cue.cue].kind == .noun,
                    statesInability(inClause: analysis.clause[cue.start], in: analysis)
                {
                    // "Russland kann kein Veto einlegen": an act a party cannot perform, said by no party named,
                    // is no stance of that party (unlike a verb of attitude: "Kiew kann das nicht akzeptieren").
                    note(cue, value, nil, nil, "rejected: what the subject cannot do, with no party saying so")
                    continue
                }
                // "Die Europäer betonen, dass die Ukraine Garantien benötigt": what another party says the
                // topic's own party needs or does in a `dass` clause is that party's stance.
                if holder.source == .subject, startsWithDass(clause: analysis.clause[cue.start], in: analysis),
                    holder.mentions.allSatisfy({ $0.party.map { codebook.source.parties[$0].id } == topicEntry.about }),
                    let reporter = resolver.reportingSubject(before: analysis.clause[cue.start], excluding: topicEntry.about)
                {
                    holder = Holder(mentions: reporter, source: .precedingSubject)
                    heldByImposer = false
                }
                // "Kiew fordert, dass Russland seine Truppen abzieht": a `dass` clause that is the object of
                // the clause before's cue is what that clause's holder wants, not its own subject's stance.
                // A factive verb ("Man begrüße, dass auch Trump dazu bereit sei") takes the clause as a fact:
                // its subject's stance stands, and so does a verb of announcing ("Macron kündigte an, dass
                // Frankreich und Großbritannien Truppen schicken").
                if holder.source == .subject, startsWithDass(clause: analysis.clause[cue.start], in: analysis),
                    paired.contains(where: { other in
                        other.0 != cue && analysis.clause[other.0.start] == governor(of: analysis.clause[cue.start], in: analysis)
                            && codebook.source.stanceCues[other.0.cue].kind == .predicate
                            && !GermanWords.factiveStems.contains { analysis.tokens[other.0.start].lower.hasPrefix($0) }
                            && codebook.speech.matches(in: analysis.tokens, at: other.0.start).isEmpty
                    })
                {
                    note(cue, value, nil, nil, "rejected: the subject of a dass clause another clause governs")
                    continue
                }
                for (position, mention) in holder.mentions.enumerated() {
                    guard let partyIndex = mention.party else {
                        note(cue, value, (holder, mention), nil, "rejected: the holder is not a party")
                        continue
                    }
                    let party = codebook.source.parties[partyIndex].id
                    // "Russland werde dort keine Truppen stationieren": its own troops are no guarantee.
                    if topicEntry.notProvidedBy.contains(party), codebook.source.stanceCues[cue.cue].frame == "provide",
                        holder.source == .subject, namesForces(topic, in: analysis)
                    {
                        note(cue, value, (holder, mention), nil, "rejected: the party's own forces are not the topic")
                        continue
                    }
                    // "Auch Russland brauche Garantien für seine Sicherheit": what a party that gives no guarantee
                    // demands or needs is a guarantee for itself, not for the topic's party.
                    if topicEntry.notProvidedBy.contains(party), value > 0, codebook.source.stanceCues[cue.cue].frame == "demand" {
                        note(cue, value, (holder, mention), nil, "rejected: guarantees a non-provider demands are its own")
                        continue
                    }
                    // "Der Kreml schließt Zugeständnisse beim Donbass aus": the claimant's no to a cession asks for
                    // more or keeps what it holds, which is its yes to the question.
                    let claimed = value < 0 && topicEntry.claimedBy.contains(party)
                    let value = claimed ? 1 : value
                    let stance = claimed ? Stance.open : stance
                    // "Außerdem müsse eine Nato-Einladung an die ganze Ukraine ergehen" (the speaker's reported
                    // words go on): with no party as the clause's subject the obligation is laid on no party;
                    // the speaker demands it (in Konjunktiv I, `müsse`/`solle`, which marks the reported words).
                    let laidOnNoParty = holder.source == .carried && !resolver.hasPartySubject(clause: analysis.clause[cue.start])
                        && analysis.tokens(ofClause: analysis.clause[cue.start]).contains {
                            GermanWords.reportedObligations.contains(analysis.tokens[$0].lower)
                        }
                    if party == topicEntry.about, !heldByImposer, !laidOnNoParty, obliged(mention) || holder.source == .locative {
                        note(cue, value, (holder, mention), nil, "rejected: laid on the topic's own party (soll, müsse, aufgefordert)")
                        continue
                    }
                    let kind = attribution.attribution(of: cue, holder: mention, source: holder.source)
                    let found = signals(cue: cue, topic: topic, stance: value, holder: (holder, mention), attribution: kind, in: analysis)
                    let candidate = Candidate(
                        party: party, topic: topicEntry.id, stance: stance, attribution: kind,
                        speaker: speaker(of: mention, position: position, holder: holder, antecedent: antecedent, in: analysis)
                            .map(codebook.speakerName.nominative),
                        sentence: analysis.sentence, date: date,
                        signals: found, holderSource: holder.source,
                        cueStance: codebook.source.stanceCues[cue.cue].stance)
                    let key = "\(party.rawValue)|\(topicEntry.id.rawValue)"
                    // "Die Tür bleibe offen, ein Beitritt sei aber nicht realistisch": of two stances of different sign in
                    // one sentence, the one a conjunction of contrast introduces is the one the party takes.
                    let contrasts = isContrast(clause: analysis.clause[cue.start], in: analysis)
                    let overrides = best[key].map { existing in
                        contrasts && !contrasted.contains(key) && existing.0.stance.value.signum() != value.signum()
                    } ?? false
                    if let existing = best[key], existing.1 <= holder.source, !overrides {
                        note(cue, value, (holder, mention), kind, "rejected: an earlier pair gives this party and topic by an equal or stronger holder rule")
                        continue
                    }
                    if best[key] == nil { order.append(key) }
                    best[key] = (candidate, holder.source)
                    if contrasts { contrasted.insert(key) } else { contrasted.remove(key) }
                    if trace != nil {
                        if let previous = decided[key], let old = trace?.decisions[previous] {
                            trace?.decisions[previous] = SentenceExplanation.Decision(
                                topic: old.topic, cue: old.cue, negated: old.negated, stance: old.stance, holder: old.holder,
                                holderRule: old.holderRule, attribution: old.attribution,
                                outcome: overrides
                                    ? "rejected: a later pair, in a clause of contrast (aber, jedoch), gives the other sign"
                                    : "rejected: a later pair found this party by a stronger holder rule",
                                signals: old.signals, confidence: old.confidence)
                        }
                        note(cue, value, (holder, mention), kind, "stated")
                        decided[key] = (trace?.decisions.count ?? 1) - 1
                    }
                }
            }
        }
        return order.compactMap { best[$0]?.0 }
    }

    /// Whether a noun cue of proposal or demand, with no holder beside it, is the object of a verb of
    /// criticism, or of judging with the verdict after `als`, before it in its clause.
    private func isJudgedProposal(_ cue: CueMention, in analysis: SentenceAnalysis) -> Bool {
        let entry = codebook.source.stanceCues[cue.cue]
        guard entry.stance > 0, entry.kind == .noun || analysis.tokens[cue.start].capitalized else { return false }
        let range = analysis.tokens(ofClause: analysis.clause[cue.start])
        // "nannte den Willen eine Bedingung": without `als`, the second noun is the verdict itself.
        let verdictFollows = range.contains { $0 > cue.start && analysis.tokens[$0].lower == "als" }
        return range.contains { index in
            guard index < cue.start else { return false }
            let word = analysis.tokens[index].lower
            return GermanWords.criticisingStems.contains { word.hasPrefix($0) }
                || (verdictFollows && GermanWords.judgingStems.contains { word.hasPrefix($0) })
        }
    }

    /// Whether a noun cue whose only holder is a party adjective is the object of another party's
    /// demand, wish or support before it in the clause.
    private func isAskedOfAnother(_ cue: CueMention, holder: Holder, in analysis: SentenceAnalysis, resolver: HolderResolver) -> Bool {
        guard codebook.source.stanceCues[cue.cue].kind == .noun, holder.mentions.allSatisfy({ $0.form == .adjective }) else {
            return false
        }
        let clause = analysis.clause[cue.start]
        return analysis.cues.contains { other in
            let entry = codebook.source.stanceCues[other.cue]
            guard other.start < cue.start, analysis.clause[other.start] == clause, entry.kind == .predicate, entry.stance > 0,
                ["demand", "strive", "support", "propose"].contains(entry.frame),
                let asker = resolver.holder(of: other)
            else { return false }
            return !asker.mentions.contains { mention in holder.mentions.contains { $0.party == mention.party } }
        }
    }

    /// Whether a clause is set against what came before by `aber`, `jedoch`, `allerdings` or `sondern`.
    private func isContrast(clause: Int, in analysis: SentenceAnalysis) -> Bool {
        clause > 0 && analysis.tokens(ofClause: clause).contains { GermanWords.adversatives.contains(analysis.tokens[$0].lower) }
    }

    /// The cues that bear on `topic`, each with the stance it gives.
    ///
    /// A topic in a `dass` clause also takes the cue of the clause before it
    /// ("Russland ist einverstanden damit, dass die USA Garantien geben"): that
    /// holder's stance is the matrix attitude applied to the embedded one.
    private func stances(for topic: TopicMention, in analysis: SentenceAnalysis) -> [(CueMention, Int)] {
        let own = cues(for: topic, in: analysis)
        var result = own.map { ($0, oriented(stance(of: $0, for: topic, in: analysis), topic)) }
        if own.contains(where: { governs($0, topic) }) { return result }
        let clause = analysis.clause[topic.start]
        let start = analysis.tokens(ofClause: clause).lowerBound
        let first = analysis.tokens.indices.contains(start + 1) && analysis.tokens[start].kind == .boundary
            ? analysis.word(start + 1) : analysis.word(start)
        let relative = isRelativeClauseOnANoun(clause, in: analysis)
        let question = first == "ob"
        let content = !relative && first != "dass" && isContentOfANoun(clause, in: analysis)
        let governing = governor(of: clause, in: analysis)
        guard clause > 0 || governing != nil, first == "dass" || relative || question || content else { return result }
        // "hinter den Vorstoß aus Paris und London, eine Truppe aufzustellen": a content clause with no cue of
        // its own is what the noun's holder proposes.
        if content, !own.contains(where: { analysis.clause[$0.start] == clause }),
            let noun = contentNoun(before: clause, in: analysis), !own.contains(noun),
            resolverWithinSentence(analysis).hasLocalHolder(noun)
        {
            result.append((noun, oriented(stance(of: noun, for: topic, in: analysis), topic)))
        }
        // "Eine Absage erteilte die Regierung Überlegungen, … zu verzichten": for the content of a noun, a noun
        // of refusal beside it is the verdict too.
        let matrix = analysis.cues.filter {
            let entry = codebook.source.stanceCues[$0.cue]
            return analysis.clause[$0.start] == (governing ?? clause - 1) && applies($0, to: topic)
                && (entry.kind == .predicate || (content && entry.kind == .noun && entry.stance < 0))
        }
        guard let cue = strongest(matrix, near: topic), !own.contains(cue) else { return result }
        let attitude = stance(of: cue, for: topic, in: analysis)
        // "ließ offen, ob die USA sich beteiligen": an undecided verb over a question is the whole stance.
        if question { return attitude == 0 ? [(cue, 0)] : result }
        let embedded = result.first { codebook.source.stanceCues[$0.0.cue].kind == .predicate }?.1
        // "glauben nicht, dass ein Beitritt realistisch ist": the matrix's negation, raised into the clause,
        // has turned the embedded stance already; the matrix gives no second turn.
        let raised = isRaisedNegation(into: clause, in: analysis)
        let combined = (cue, embedded.map { raised ? $0 : attitude.signum() * $0 } ?? oriented(attitude, topic))
        // "keinem Abkommen zustimmen, das Gebietsabtretungen vorsieht": a relative clause on a noun says what
        // the thing holds; the stance is the verb's on that thing, not the relative clause's own.
        return relative ? [combined] : result + [combined]
    }

    /// The clause whose verb governs a `dass` clause: the one before it, or the one after a `dass`
    /// clause that opens the sentence ("Dass die Ukraine Mitglied werde, bezweifle er"); nil for others.
    private func governor(of clause: Int, in analysis: SentenceAnalysis) -> Int? {
        if clause > 0 { return clause - 1 }
        guard firstWord(ofClause: clause, in: analysis) == "dass", analysis.clause.contains(clause + 1) else { return nil }
        return clause + 1
    }

    /// Whether a topic mention names armed forces ("Truppen", "Soldaten", "Militärkontingente"), not a promise.
    private func namesForces(_ topic: TopicMention, in analysis: SentenceAnalysis) -> Bool {
        (topic.start..<topic.end).contains { index in
            let word = analysis.tokens[index].lower
            return GermanWords.forceStems.contains { word.contains($0) }
        }
    }

    /// Whether a clause is a relative clause on a noun that names no party: `, das`/`die`/`der`/`welche…`
    /// right after a capitalised word ("ein Abkommen, das …", "lehnt jeden Plan ab, der …"), not an
    /// infinitive clause whose article it is ("den Vorschlag ab, die Front einzufrieren").
    private func isRelativeClauseOnANoun(_ clause: Int, in analysis: SentenceAnalysis) -> Bool {
        let start = analysis.tokens(ofClause: clause).lowerBound
        guard clause > 0, start > 0, analysis.tokens[start].lower == ",",
            let pronoun = analysis.word(start + 1), GermanWords.relativePronouns.contains(pronoun),
            !isInfinitiveClause(clause, in: analysis)
        else { return false }
        let noun = nounBefore(start, in: analysis)
        guard analysis.tokens[noun].isWord, analysis.tokens[noun].capitalized else { return false }
        return !analysis.actors.contains { $0.end == noun + 1 } && !analysis.topics.contains { $0.end == noun + 1 }
    }

    /// "wies Forderungen zurück, die Ukraine solle Gebiete abtreten", "lehnte den Vorschlag ab, die Front
    /// einzufrieren": a clause right after a proposal or demand noun (a noun cue ending its clause) says
    /// what was proposed; the verb that governs the noun is that clause's stance.
    private func isContentOfANoun(_ clause: Int, in analysis: SentenceAnalysis) -> Bool {
        let start = analysis.tokens(ofClause: clause).lowerBound
        guard clause > 0, start > 0, analysis.tokens[start].lower == "," else { return false }
        let noun = nounBefore(start, in: analysis)
        // A capitalised cue word inside the sentence is a noun whatever its entry's kind ("Überlegungen, …").
        return analysis.cues.contains { cue in
            cue.end == noun + 1 && codebook.source.stanceCues[cue.cue].stance > 0
                && (codebook.source.stanceCues[cue.cue].kind == .noun
                    || (cue.start > 0 && cue.end == cue.start + 1 && analysis.tokens[cue.start].capitalized))
        } || analysis.actors.contains { actor in
            // "Trumps Vorschlag ab, …", "den Vorschlag der USA, …", "den Vorstoß aus Paris und London, …": the
            // noun's holders may stand beside it.
            actor.end == noun + 1 && analysis.cues.contains { cue in
                codebook.source.stanceCues[cue.cue].kind == .noun && codebook.source.stanceCues[cue.cue].stance > 0
                    && cue.end <= actor.start && isHolderPhrase(cue.end..<actor.start, in: analysis)
            }
        }
    }

    /// Whether the words between a noun and a party after it only link them: the party's article or
    /// preposition, or other parties coordinated before it ("des", "aus", "Paris und").
    private func isHolderPhrase(_ range: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        range.count <= 4 && range.allSatisfy { index in
            ["der", "des", "von", "vom", "aus", "und", "sowie"].contains(analysis.tokens[index].lower)
                || analysis.actors.contains { $0.party != nil && ($0.start..<$0.end).contains(index) }
        }
    }

    /// The noun cue of proposal or demand that ends the clause before `clause`.
    private func contentNoun(before clause: Int, in analysis: SentenceAnalysis) -> CueMention? {
        let noun = nounBefore(analysis.tokens(ofClause: clause).lowerBound, in: analysis)
        return analysis.cues.last { cue in
            codebook.source.stanceCues[cue.cue].kind == .noun && codebook.source.stanceCues[cue.cue].stance > 0
                && analysis.clause[cue.start] == clause - 1 && cue.end <= noun + 1 && cue.end >= noun - 3
        }
    }

    /// The last word before a clause boundary, passing over a cue's separated particle ("lehnt den Plan ab, …").
    private func nounBefore(_ boundary: Int, in analysis: SentenceAnalysis) -> Int {
        let last = boundary - 1
        if last > 0, analysis.cues.contains(where: { $0.particle == last }) { return last - 1 }
        return last
    }

    /// Holder lookups that read this sentence only: the checks of scope and content ask
    /// who stands in the sentence, not whom a pronoun takes up.
    private func resolverWithinSentence(_ analysis: SentenceAnalysis) -> HolderResolver {
        HolderResolver(codebook: codebook, analysis: analysis, antecedent: nil)
    }

    /// "Nato-Militärs gehen davon aus, dass …": what follows is a non-party's assessment.
    private func isAssessmentByNonParty(_ analysis: SentenceAnalysis) -> Bool {
        let resolver = resolverWithinSentence(analysis)
        guard case .blocked = resolver.subject(ofClause: 0) else { return false }
        return analysis.tokens.contains { $0.lower == "dass" }
    }

    private func oriented(_ value: Int, _ topic: TopicMention) -> Int { topic.inverted ? -value : value }

    /// Whether a clause is an indirect question (`ob …`), which states no stance.
    private func startsQuestion(clause: Int, in analysis: SentenceAnalysis) -> Bool {
        let range = analysis.tokens(ofClause: clause)
        // "Es ist nicht die Frage, ob die Ukraine beitritt, sondern wann": not a question at all.
        if analysis.tokens.indices.contains(where: { analysis.word($0) == "sondern" && analysis.word($0 + 1) == "wann" }) {
            return false
        }
        guard range.prefix(2).contains(where: { analysis.word($0) == "ob" }) else { return false }
        // "Trump ließ offen, ob …": leaving the question open is a stance, undecided.
        return !analysis.cues.contains { cue in
            analysis.clause[cue.start] == clause - 1 && codebook.source.stanceCues[cue.cue].stance == 0
                && codebook.source.stanceCues[cue.cue].kind == .predicate
        }
    }

    /// The cues that speak about `topic`.
    private func cues(for topic: TopicMention, in analysis: SentenceAnalysis) -> [CueMention] {
        let direct = directCues(for: topic, in: analysis)
        return direct + takenUp(topic, in: analysis).filter { !direct.contains($0) }
    }

    /// "Es wird keine Einladung geben, weil Amerika diese nicht unterstützen wird": a later clause that
    /// names no topic, has a party of its own as subject and a demonstrative standing alone as object
    /// (`diese`, `dies`, `dieses`, `diesen`) or opens with `was` takes up the nearest topic before it; its
    /// verb is a second statement about that topic, by that party.
    private func takenUp(_ topic: TopicMention, in analysis: SentenceAnalysis) -> [CueMention] {
        guard !topic.anaphoric else { return [] }
        lazy var resolver = resolverWithinSentence(analysis)
        var result: [CueMention] = []
        for later in (analysis.clause[topic.start] + 1)..<((analysis.clause.last ?? 0) + 1) {
            let range = analysis.tokens(ofClause: later)
            // "…, Deutschland zögert noch": a stance word that takes no object speaks of the topic before.
            let objectless = range.contains { GermanWords.objectless.contains(analysis.tokens[$0].lower) }
            // "…, auf Donezk zu verzichten, was Selenskyj strikt ablehnt": `was` takes up the clause before.
            let takesUpClause = analysis.word(range.lowerBound + 1) == "was" && analysis.tokens[range.lowerBound].lower == ","
            guard let nearest = analysis.topics.last(where: { $0.start < range.lowerBound }), nearest.start == topic.start,
                !analysis.topics.contains(where: { range.contains($0.start) }),
                objectless || takesUpClause || range.contains(where: { index in
                    ["diese", "dies", "dieses", "diesen"].contains(analysis.tokens[index].lower)
                        && !(analysis.tokens.indices.contains(index + 1) && analysis.tokens[index + 1].isWord
                            && analysis.tokens[index + 1].capitalized)
                }),
                opensWithDemonstrative(later, in: analysis) || resolver.hasPartySubject(clause: later),
                // "…, wenn der Chef des Weißen Hauses, Donald Trump, dies will": a condition states nothing.
                !((analysis.clause[topic.start] + 1)...later).contains(where: { opensCondition($0, in: analysis) })
            else { continue }
            result += analysis.cues.filter { cue in
                range.contains(cue.start) && codebook.source.stanceCues[cue.cue].kind == .predicate && applies(cue, to: topic)
            }
        }
        return result
    }

    /// "…, antwortete Selenskyj, dies sei ausgeschlossen": `dies` or `das` opening a clause, before its
    /// verb, is that clause's subject and stands for what was raised before.
    private func opensWithDemonstrative(_ clause: Int, in analysis: SentenceAnalysis) -> Bool {
        let words = analysis.tokens(ofClause: clause).filter { analysis.tokens[$0].isWord }
        guard let first = words.first, ["dies", "das"].contains(analysis.tokens[first].lower), words.count > 1 else {
            return false
        }
        return !analysis.tokens[words[1]].capitalized
    }

    private func directCues(for topic: TopicMention, in analysis: SentenceAnalysis) -> [CueMention] {
        let clause = analysis.clause[topic.start]
        let applicable = analysis.cues.filter { applies($0, to: topic) }
        let governing = applicable.filter { governs($0, topic) }
        if !governing.isEmpty { return governing }
        let usable = applicable.filter { cue in
            switch codebook.source.stanceCues[cue.cue].kind {
            case .participle: cue.end <= topic.start && cue.end >= topic.start - 1
            case .preposition: false
            // "die nach einem Nato-Beitritt strebende Ukraine könnte Gebiete abtreten": a participle that
            // qualifies a party bears on the topic of its own phrase, right before it, not on the clause's.
            // "es werde dauern, bis die Ukraine beitreten könne": a forecast speaks of its own clause only.
            case .predicate: (!codebook.source.stanceCues[cue.cue].forecast || analysis.clause[cue.start] == clause)
                && (HolderResolver.qualifiedNoun(of: cue, in: analysis) == nil
                    || (topic.end <= cue.start && topic.end >= cue.start - 1))
            case .noun: true
            }
        }
        let resolver = resolverWithinSentence(analysis)
        let local = usable.filter { codebook.source.stanceCues[$0.cue].kind != .predicate || resolver.possessor(of: $0) != nil }
        // "müsse neutral sein und auf einen Nato-Beitritt verzichten": a verb of the clause bears on the
        // mention of the topic nearest to it, not on every mention of that topic.
        let own = usable.filter { cue in
            analysis.clause[cue.start] == clause
                && (codebook.source.stanceCues[cue.cue].kind != .predicate || topic.anaphoric
                    || !analysis.topics.contains { other in
                        other.topic == topic.topic && other.start != topic.start && analysis.clause[other.start] == clause
                            && distance(other, cue) < distance(topic, cue) && !isOnePhrase(topic, other, in: analysis)
                    })
        }
        if !own.isEmpty {
            let predicates = own.filter { !local.contains($0) }
            // A noun with no holder beside it ("lehnte eine Anerkennung … ab") is the object of
            // the clause's verb, which gives the stance.
            var localOwn = own.filter { cue in
                local.contains(cue)
                    && (predicates.isEmpty || codebook.source.stanceCues[cue.cue].kind != .noun || resolver.hasLocalHolder(cue))
            }
            // "erteilte dem Vorschlag … eine Absage": of two nouns the subject holds, a verdict against is
            // passed on the one in favour, which names the thing judged.
            let held = localOwn.filter { codebook.source.stanceCues[$0.cue].kind == .noun && !resolver.hasLocalHolder($0) }
            if held.contains(where: { codebook.source.stanceCues[$0.cue].stance < 0 }) {
                localOwn.removeAll { cue in held.contains(cue) && codebook.source.stanceCues[cue.cue].stance > 0 }
            }
            return localOwn + (strongest(predicates, near: topic).map { [$0] } ?? [])
        }
        // "…, um ihre territoriale Integrität verteidigen zu können": a clause of purpose or reason says
        // why, and the verb of the clause before is not about the topic named in it.
        if opensAdverbialClause(clause, in: analysis) { return [] }
        // "Von einem Gebietstausch, wie ihn Trump ins Spiel gebracht hat, will man in Kiew nichts wissen": a
        // clause embedded right after the topic says how another sees it, and the clause after the embedded
        // one goes on with the topic's own.
        if isEmbedded(clause + 1, after: topic, in: analysis) {
            let embedded = strongest(usable.filter { analysis.clause[$0.start] == clause + 1 }, near: topic)
            let continued = continues(clause + 2, in: analysis)
                ? strongest(usable.filter { analysis.clause[$0.start] == clause + 2 }, near: topic) : nil
            let found = [embedded, continued].compactMap { $0 }
            if !found.isEmpty { return found }
        }
        let earlier = usable.filter { analysis.clause[$0.start] < clause }
        if let nearestClause = earlier.map({ analysis.clause[$0.start] }).max() {
            return strongest(earlier.filter { analysis.clause[$0.start] == nearestClause }, near: topic).map { [$0] }
                ?? []
        }
        let later = usable.filter { analysis.clause[$0.start] > clause }
        guard let nearestClause = later.map({ analysis.clause[$0.start] }).min(),
            isBareComment(clause: nearestClause, in: analysis)
        else { return [] }
        return strongest(later.filter { analysis.clause[$0.start] == nearestClause }, near: topic).map { [$0] } ?? []
    }

    /// Whether the cue speaks about the topic: a cue limited to some topics ("verzichten auf"
    /// rejects a membership but cedes land) gives no stance on the others.
    private func applies(_ cue: CueMention, to topic: TopicMention) -> Bool {
        let topics = codebook.source.stanceCues[cue.cue].topics
        return topics.isEmpty || topics.contains(codebook.source.topics[topic.topic].id)
    }

    /// Whether an exchange phrase governs the topic: "im Gegenzug für (westliche) Sicherheitsgarantien".
    private func governs(_ cue: CueMention, _ topic: TopicMention) -> Bool {
        codebook.source.stanceCues[cue.cue].kind == .preposition && topic.start >= cue.end && topic.start <= cue.end + 2
    }

    /// A later clause that only comments on what came before ("– sei „unrealistisch“"):
    /// no party of its own and no pronoun object that would point elsewhere.
    private func isBareComment(clause: Int, in analysis: SentenceAnalysis) -> Bool {
        let range = analysis.tokens(ofClause: clause)
        // "…, gleich unter welcher Flagge, sei für Moskau „inakzeptabel“": the party after `für` judges.
        if analysis.actors.contains(where: { actor in
            range.contains(actor.start) && analysis.word(actor.start - 1) != "für"
                && !(analysis.word(actor.start - 1).map(GermanWords.determiners.contains) == true && analysis.word(actor.start - 2) == "für")
        }) {
            return false
        }
        // "…, eine weitere Invasion zu verhindern": an infinitive clause has an object of its own.
        if range.contains(where: { analysis.tokens[$0].lower == "zu" }) { return false }
        return !range.contains { ["das", "dies", "dem", "dagegen", "darauf", "davon"].contains(analysis.tokens[$0].lower) }
    }

    /// Whether a clause is embedded right after a topic noun ("ein Gebietstausch, wie ihn Trump fordert, …",
    /// "die Truppen, die Macron anbietet, …"): it opens with a comma and `wie` or a relative pronoun right
    /// after the topic, and a comma closes it.
    private func isEmbedded(_ clause: Int, after topic: TopicMention, in analysis: SentenceAnalysis) -> Bool {
        guard clause == analysis.clause[topic.start] + 1, clause + 1 <= (analysis.clause.last ?? 0) else { return false }
        let start = analysis.tokens(ofClause: clause).lowerBound
        guard start == topic.end, analysis.tokens[start].lower == ",", let pronoun = analysis.word(start + 1),
            pronoun == "wie" || GermanWords.relativePronouns.contains(pronoun) || ["den", "dem"].contains(pronoun)
        else { return false }
        let next = analysis.tokens(ofClause: clause + 1).lowerBound
        return analysis.tokens[next].lower == ","
    }

    /// Whether a clause after an embedded one goes on with the clause before it: it opens with a word that
    /// opens no clause of its own (a verb, an adverb, a participle), not with a conjunction or a pronoun.
    private func continues(_ clause: Int, in analysis: SentenceAnalysis) -> Bool {
        guard clause <= (analysis.clause.last ?? 0), let word = firstWord(ofClause: clause, in: analysis),
            let first = analysis.tokens(ofClause: clause).first(where: { analysis.tokens[$0].isWord })
        else { return false }
        return !analysis.tokens[first].capitalized && !GermanWords.clauseOpeners.contains(word)
            && !GermanWords.relativePronouns.contains(word) && !GermanWords.determiners.contains(word)
            && !GermanWords.possessives.contains(word)
    }

    /// Whether a condition is set as the only one: `nur` or `erst` right before its conjunction ("Nur wenn
    /// …", "…, erst wenn …") or in the last four words of the clause before it ("nur dann möglich, wenn …").
    private func isPrecondition(_ clause: Int, in analysis: SentenceAnalysis) -> Bool {
        let range = analysis.tokens(ofClause: clause)
        guard let conjunction = range.first(where: { analysis.tokens[$0].isWord }) else { return false }
        let limits: Set<String> = ["nur", "erst"]
        if let before = analysis.word(conjunction - 1), limits.contains(before) { return true }
        guard clause > 0 else { return false }
        let words = analysis.tokens(ofClause: clause - 1).filter { analysis.tokens[$0].isWord }.suffix(4)
        return words.contains { limits.contains(analysis.tokens[$0].lower) }
    }

    /// Whether a clause opens with a conjunction of purpose or reason (`um … zu`, `weil`, `da`, `obwohl`).
    private func opensAdverbialClause(_ clause: Int, in analysis: SentenceAnalysis) -> Bool {
        guard let word = firstWord(ofClause: clause, in: analysis) else { return false }
        if word == "um" { return analysis.tokens(ofClause: clause).contains { analysis.tokens[$0].lower == "zu" } }
        return GermanWords.causalConjunctions.contains(word)
    }

    /// Whether a clause opens with a conjunction of condition (`wenn`, `falls`, `sofern`) or, after a
    /// comma, of past time (`…, als Russland Truppen schickte`: background, not a stance); a clause of
    /// past time ends in its verb, which `…, als Gegenleistung für Garantien` does not.
    private func opensCondition(_ clause: Int, in analysis: SentenceAnalysis) -> Bool {
        guard let word = firstWord(ofClause: clause, in: analysis) else { return false }
        if ["wenn", "falls", "sofern"].contains(word) { return true }
        guard word == "als", clause > 0,
            let last = analysis.tokens(ofClause: clause).last(where: { analysis.tokens[$0].isWord })
        else { return false }
        return !analysis.tokens[last].capitalized
    }

    private func firstWord(ofClause clause: Int, in analysis: SentenceAnalysis) -> String? {
        analysis.tokens(ofClause: clause).first { analysis.tokens[$0].isWord }.map { analysis.tokens[$0].lower }
    }

    private func startsWithDass(clause: Int, in analysis: SentenceAnalysis) -> Bool {
        analysis.tokens(ofClause: clause).prefix(2).contains { analysis.tokens[$0].lower == "dass" }
    }

    /// "eine Mitgliedschaft der Ukraine in der Nato": two mentions of one topic at most three words
    /// apart with no boundary between are one noun phrase, and a verb bears on both.
    private func isOnePhrase(_ one: TopicMention, _ other: TopicMention, in analysis: SentenceAnalysis) -> Bool {
        let (first, second) = one.start < other.start ? (one, other) : (other, one)
        guard second.start >= first.end, second.start - first.end <= 3 else { return false }
        return (first.end..<second.start).allSatisfy { analysis.tokens[$0].kind != .boundary }
    }

    /// Tokens between a topic mention and a cue.
    private func distance(_ topic: TopicMention, _ cue: CueMention) -> Int {
        cue.start >= topic.end ? cue.start - topic.end : max(0, topic.start - cue.end)
    }

    private func strongest(_ cues: [CueMention], near topic: TopicMention) -> CueMention? {
        cues.max { left, right in
            let leftWeight = codebook.source.stanceCues[left.cue].weight
            let rightWeight = codebook.source.stanceCues[right.cue].weight
            if leftWeight != rightWeight { return leftWeight < rightWeight }
            return abs(left.start - topic.start) > abs(right.start - topic.start)
        }
    }

    /// The cue's own stance after negation, before the topic's orientation.
    ///
    /// A predicate over a stance noun of another holder ("begrüßt ein Nein der USA",
    /// "wies die Bereitschaft … zurück") takes that noun's stance, turned by its own sign.
    private func stance(of cue: CueMention, for topic: TopicMention, in analysis: SentenceAnalysis) -> Int {
        var value = codebook.source.stanceCues[cue.cue].stance
        if topic.inverted, let onInverted = codebook.source.stanceCues[cue.cue].onInverted { value = onInverted }
        // "Ohne den Verzicht Kiews auf die Nato werde es keinen Frieden geben": the noun after a preposition
        // of precondition is what is demanded; the negation belongs to what would follow without it.
        if let condition = precondition(governing: cue, in: analysis) {
            return value.signum() * codebook.source.stanceCues[condition.cue].stance
        }
        if isNegated(cue, topic: topic, in: analysis) {
            value = value > 0 ? -1 : (value < 0 ? 1 : 0)
        }
        if codebook.source.stanceCues[cue.cue].withdrawal, withdrawsOther(cue, topic: topic, in: analysis) { value = -value }
        let clause = analysis.clause[cue.start]
        // "bekräftigte seine Ablehnung": a possessive gives the noun the subject's own stance.
        if codebook.source.stanceCues[cue.cue].kind == .predicate,
            let object = analysis.cues.first(where: { other in
                other != cue && analysis.clause[other.start] == clause
                    && codebook.source.stanceCues[other.cue].kind == .noun
                    && (analysis.actors.contains { $0.party != nil && $0.start >= other.end && $0.start <= other.end + 2 }
                        || analysis.word(other.start - 1).map(GermanWords.possessives.contains) == true)
            })
        {
            return value.signum() * codebook.source.stanceCues[object.cue].stance
        }
        if codebook.source.stanceCues[cue.cue].kind == .predicate, let renounced = renunciation(of: topic, besides: cue, in: analysis) {
            return value.signum() * codebook.source.stanceCues[renounced.cue].stance
        }
        return value
    }

    /// A preposition of precondition (`ohne`, with a negation after it) whose object is the noun cue,
    /// at most two words before it ("Ohne den dauerhaften Verzicht").
    private func precondition(governing cue: CueMention, in analysis: SentenceAnalysis) -> CueMention? {
        guard cue.start > 0, analysis.tokens[cue.start].capitalized else { return nil }
        return analysis.cues.first { other in
            let entry = codebook.source.stanceCues[other.cue]
            return entry.kind == .preposition && entry.stance > 0 && other.end <= cue.start && other.end >= cue.start - 2
                && (other.end..<cue.start).allSatisfy { analysis.tokens[$0].isWord && !analysis.tokens[$0].capitalized }
        }
    }

    /// "Ein Verzicht auf die Nato-Mitgliedschaft ist inakzeptabel", "lehnt einen Verzicht auf den Donbass
    /// ab": a cue that governs the topic through `auf` ("Verzicht auf", "verzichten auf") is what the
    /// clause's predicate speaks of; the predicate turns that cue's stance by its own sign.
    private func renunciation(of topic: TopicMention, besides cue: CueMention, in analysis: SentenceAnalysis) -> CueMention? {
        let clause = analysis.clause[topic.start]
        return analysis.cues.first { other in
            other != cue && other.end < topic.start && topic.start - other.end <= 4
                && analysis.clause[other.start] == clause && analysis.clause[cue.start] == clause
                && analysis.tokens[other.end].lower == "auf" && applies(other, to: topic)
                && codebook.source.stanceCues[other.cue].weight <= codebook.source.stanceCues[cue.cue].weight
        }
    }

    /// "…, dass Russland seine Truppen aus den besetzten Gebieten abzieht", "die russische Armee soll
    /// sich zurückziehen": the one who leaves is not the party the topic is about, the clause's
    /// subject or the party whose troops are named in it.
    private func withdrawsOther(_ cue: CueMention, topic: TopicMention, in analysis: SentenceAnalysis) -> Bool {
        let about = codebook.source.topics[topic.topic].about
        func other(_ party: Int) -> Bool { codebook.source.parties[party].id != about }
        let resolver = resolverWithinSentence(analysis)
        let tokens = analysis.tokens
        var clause = analysis.clause[cue.start]
        while true {
            if analysis.tokens(ofClause: clause).contains(where: { index in
                index + 1 < tokens.count && GermanWords.troops.contains(tokens[index + 1].lower)
                    && codebook.parties.matches(in: tokens, at: index).contains { other($0.payload.party) }
            }) {
                return true
            }
            if case .party(let mentions) = resolver.subject(ofClause: clause) {
                return mentions.contains { $0.party.map(other) ?? false }
            }
            // "…, die russische Armee solle verpflichtet werden, sich zurückzuziehen": an infinitive clause
            // withdraws whoever the clause before it names.
            guard clause > 0, isInfinitiveClause(clause, in: analysis) else { return false }
            clause -= 1
        }
    }

    func isNegated(_ cue: CueMention, topic: TopicMention, in analysis: SentenceAnalysis) -> Bool {
        let kind = codebook.source.stanceCues[cue.cue].kind
        let clause = analysis.clause[cue.start]
        let beforeTopic = analysis.negations.contains { $0 < topic.start && $0 >= topic.start - 2 }
            && analysis.clause[topic.start] == clause
        // "…angeboten, wenn die Ukraine nicht der Nato beitritt": a negation in the topic's own
        // clause, which holds no cue, negates the proposition the cue of the clause before speaks of.
        let topicClause = analysis.clause[topic.start]
        if topicClause != clause,
            analysis.negations.contains(where: { $0 < topic.start && analysis.clause[$0] == topicClause }),
            !analysis.cues.contains(where: { analysis.clause[$0.start] == topicClause })
        {
            // "Selenskyj akzeptierte nicht, dass das Abkommen keine Garantien enthält": two negations cancel.
            return kind != .predicate || !analysis.negations.contains { analysis.clause[$0] == clause }
        }
        switch kind {
        case .participle, .preposition:
            return analysis.negations.contains(cue.start - 1)
        case .noun:
            return analysis.negations.contains { $0 < cue.start && $0 >= cue.start - 2 } || beforeTopic
        case .predicate:
            return beforeTopic
                || analysis.negations.contains {
                    analysis.clause[$0] == clause && !isContrasted($0, after: topic, in: analysis)
                        && !negatesACoordinatedPredicate($0, after: cue, in: analysis)
                }
                || isRaisedNegation(into: clause, in: analysis) || isWarnedAgainst(clause: clause, in: analysis)
                || isRefusedByNoun(clause: clause, in: analysis)
        }
    }

    /// "Zu territorialen Fragen wollte er sich nicht äußern", "lehnte es ab, sich zu den Garantien zu
    /// äußern": a verb of comment that is negated or refused says nothing of the topic.
    private func declinesToComment(clause: Int, in analysis: SentenceAnalysis) -> Bool {
        let range = analysis.tokens(ofClause: clause)
        guard range.contains(where: { GermanWords.commentVerbs.contains(analysis.tokens[$0].lower) }) else { return false }
        let refusing = clause > 0 && analysis.cues.contains { cue in
            analysis.clause[cue.start] == clause - 1 && codebook.source.stanceCues[cue.cue].stance < 0
        }
        return refusing || analysis.negations.contains { range.contains($0) }
    }

    /// "Die Truppe solle nicht an der Front stehen, sondern abschreckend wirken": a negation answered by
    /// `sondern` denies only what follows it, so a topic before it keeps its stance.
    private func isContrasted(_ negation: Int, after topic: TopicMention, in analysis: SentenceAnalysis) -> Bool {
        guard topic.start < negation, analysis.clause[topic.start] == analysis.clause[negation] else { return false }
        return firstWord(ofClause: analysis.clause[negation] + 1, in: analysis) == "sondern"
    }

    /// "Deutschland werde sich für Garantien einsetzen und sich seiner Verantwortung nicht entziehen": a
    /// negation after `und`, before a verb of its own, denies the second predicate, not the cue's.
    private func negatesACoordinatedPredicate(_ negation: Int, after cue: CueMention, in analysis: SentenceAnalysis) -> Bool {
        let cueEnd = max(cue.end, (cue.particle ?? 0) + 1)
        guard cueEnd < negation, let verb = analysis.word(negation + 1),
            analysis.clause[negation + 1] == analysis.clause[negation], verb != analysis.word(cue.particle ?? -1)
        else { return false }
        return (cueEnd..<negation).contains { ["und", "sowie", "oder"].contains(analysis.tokens[$0].lower) }
    }

    /// "die Weigerung der USA, sich an Garantien zu beteiligen": a noun of refusal or rejection whose
    /// holder controls the infinitive clause turns what that clause says.
    private func isRefusedByNoun(clause: Int, in analysis: SentenceAnalysis) -> Bool {
        let resolver = resolverWithinSentence(analysis)
        guard let controller = resolver.controllingNoun(ofClause: clause) else { return false }
        return codebook.source.stanceCues[controller.noun.cue].stance < 0
    }

    /// "Kallas warnte davor, die Ukraine unter Druck zu setzen, Gebiete abzutreten": a warning or
    /// rejection with `davor`/`dagegen` turns the infinitive clauses after it (at most two deep), and so
    /// does one whose object the infinitive clause is, its own clause naming no topic ("lehnt es ab,
    /// Gebiete abzutreten", "schließt aus, Truppen zu entsenden"); a clause of purpose (`um … zu`) is no object.
    private func isWarnedAgainst(clause: Int, in analysis: SentenceAnalysis) -> Bool {
        guard clause > 0, isInfinitiveClause(clause, in: analysis), !opensAdverbialClause(clause, in: analysis)
        else { return false }
        // "lehnte Trumps Vorschlag ab, die Front einzufrieren", "wies den Vorschlag zurück, den Donbass zu
        // räumen": the clause is what the proposal says, not what the rejecting clause refuses to do.
        if resolverWithinSentence(analysis).nounController(ofClause: clause) != nil
            || isContentOfANoun(clause, in: analysis)
        {
            return false
        }
        for matrix in stride(from: clause - 1, through: max(0, clause - 2), by: -1) {
            let range = analysis.tokens(ofClause: matrix)
            let object = !analysis.topics.contains { analysis.clause[$0.start] == matrix }
            // "schließt es nicht aus, … zu entsenden": a rejection that is itself negated turns nothing.
            if analysis.negations.contains(where: { analysis.clause[$0] == matrix }) { return false }
            if object || range.contains(where: { ["davor", "dagegen"].contains(analysis.tokens[$0].lower) }),
                analysis.cues.contains(where: {
                    analysis.clause[$0.start] == matrix && codebook.source.stanceCues[$0.cue].stance < 0
                        && codebook.source.stanceCues[$0.cue].kind == .predicate
                })
            {
                return true
            }
            guard isInfinitiveClause(matrix, in: analysis) else { return false }
        }
        return false
    }

    /// Whether the clause says its subject cannot do something: a form of `können` and a negation, also
    /// one inside a cue ("derzeit nicht").
    private func statesInability(inClause clause: Int, in analysis: SentenceAnalysis) -> Bool {
        let range = analysis.tokens(ofClause: clause)
        return range.contains { ["kann", "könne", "können", "konnte", "konnten"].contains(analysis.tokens[$0].lower) }
            && range.contains { !codebook.negators.matches(in: analysis.tokens, at: $0).isEmpty }
    }

    private func isInfinitiveClause(_ clause: Int, in analysis: SentenceAnalysis) -> Bool {
        let words = analysis.tokens(ofClause: clause).compactMap { analysis.word($0) }
        return words.contains("zu") || words.last.map { $0.count > 6 && $0.dropFirst(2).contains("zu") } == true
    }

    /// "Ich glaube nicht, dass …", "ist nicht bereit, … zu entsenden": a negation in the
    /// clause before, unless it negates a rejection, governs a `dass` or infinitive clause.
    private func isRaisedNegation(into clause: Int, in analysis: SentenceAnalysis) -> Bool {
        guard clause > 0, analysis.negations.contains(where: { analysis.clause[$0] == clause - 1 }),
            !analysis.cues.contains(where: {
                analysis.clause[$0.start] == clause - 1 && codebook.source.stanceCues[$0.cue].stance < 0
            })
        else { return false }
        let range = analysis.tokens(ofClause: clause)
        let words = range.compactMap { analysis.word($0) }
        return words.first == "dass" || words.contains("zu") || words.last?.contains("zu") == true
    }

    /// A stance laid on the clause's subject rather than held by it: "die Ukraine soll verzichten",
    /// or foretold of it by the speaker: "die Ukraine werde nicht beitreten, sagte Lawrow".
    ///
    /// An exchange phrase ("im Gegenzug für") belongs to the whole sentence: an obligation
    /// anywhere in it ("die Ukraine soll Gebiete abtreten – im Gegenzug für …") imposes it.
    func isImposed(cue: CueMention, in analysis: SentenceAnalysis) -> Bool {
        let clause = codebook.source.stanceCues[cue.cue].kind == .preposition
            ? 0..<analysis.tokens.count : analysis.tokens(ofClause: analysis.clause[cue.start])
        let obligation = clause.contains { !codebook.obligation.matches(in: analysis.tokens, at: $0).isEmpty }
            && !isReportative(clause, in: analysis)
        return obligation || codebook.source.stanceCues[cue.cue].passive || codebook.source.stanceCues[cue.cue].forecast
    }

    /// Whether the cue's or the holder's clause speculates (`könnte`, `könnten`) in a sentence with no speech verb.
    private func isConjecture(clauses: [Int], in analysis: SentenceAnalysis) -> Bool {
        clauses.contains { clause in
            analysis.tokens(ofClause: clause).contains { GermanWords.conjecturalModals.contains(analysis.tokens[$0].lower) }
        } && !codebook.speech.occurs(in: analysis.tokens)
    }

    /// "Putin soll Garantien zugesagt haben": `soll` before a perfect infinitive reports what is said
    /// to have happened; it lays nothing on anyone.
    private func isReportative(_ range: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        guard range.contains(where: { GermanWords.formsOfSollen.contains(analysis.tokens[$0].lower) }),
            let last = range.last(where: { analysis.tokens[$0].isWord })
        else { return false }
        return ["haben", "sein"].contains(analysis.tokens[last].lower)
            && analysis.word(last - 1).map { $0.hasSuffix("t") || $0.hasSuffix("en") } == true
    }

    private func describe(_ cue: CueMention, in analysis: SentenceAnalysis) -> String {
        let entry = codebook.source.stanceCues[cue.cue]
        var words = analysis.text(of: cue.start, cue.end)
        if let particle = cue.particle { words += " … " + analysis.tokens[particle].lower }
        return entry.explained(words: words)
    }

    private func describe(_ mention: ActorMention, source: HolderSource, in analysis: SentenceAnalysis) -> String {
        let party = mention.party.map { codebook.source.parties[$0].id.rawValue } ?? "non-party"
        // Pronouns and the parties of talks point at an earlier sentence's tokens.
        guard source != .pronoun, source != .participants, source != .carried else { return party + " (named in an earlier sentence)" }
        return "\(party) \"\(analysis.text(of: mention.start, mention.end))\""
    }

    private func hasObligation(inClause clause: Int, in analysis: SentenceAnalysis) -> Bool {
        analysis.tokens(ofClause: clause).contains { !codebook.obligation.matches(in: analysis.tokens, at: $0).isEmpty }
    }

    private func speaker(
        of mention: ActorMention, position: Int, holder: Holder, antecedent: Antecedent?, in analysis: SentenceAnalysis
    ) -> String? {
        if let speakers = holder.speakers, speakers.indices.contains(position) { return speakers[position] }
        if holder.source == .pronoun { return antecedent?.text }
        return speaker(of: mention, in: analysis)
    }

    private func speaker(of mention: ActorMention, in analysis: SentenceAnalysis) -> String? {
        switch mention.form {
        case .person, .role, .alias, .genitive: analysis.text(of: mention.start, mention.end)
        case .nonParty, .adjective: nil
        }
    }
}
