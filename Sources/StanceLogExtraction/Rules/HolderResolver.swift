import StanceLogCore

/// Finds the party that holds a stance cue: not any actor in the sentence, but the
/// one the grammar ties to the cue.
///
/// In order: a genitive or `von` phrase beside a noun or participle cue; the agent
/// of a passive demand; the subject of the cue's clause (a non-party subject such as
/// an expert blocks the rest); `er` for the last person named; a source marker in the
/// clause (`zufolge`, `laut`, `sagte X`); one elsewhere in the sentence; the subject
/// of an earlier clause; a place standing for its government (`In Washington …`).
///
/// An offer ("angeboten", "im Gegenzug für X durch Y") is held by its provider, the
/// `durch`/`von`/`seitens` phrase, before anything else. An agreement whose subject is
/// impersonal or reciprocal ("man", "beide Seiten") is held by the parties of the
/// talks named just before (see ``NegotiationParticipants``).
struct HolderResolver: Sendable {
    let codebook: CompiledCodebook
    let analysis: SentenceAnalysis
    /// The last person or role named before this sentence, for `er`.
    let antecedent: Antecedent?
    /// The sentences just before this one, nearest last, for the parties of talks.
    var earlier: [SentenceAnalysis] = []
    /// The party that held the statements of the sentence before, for reported speech that goes on.
    var carried: Antecedent? = nil
    /// Whether `carried` is the speaker of a quotation this sentence opens ("„… .“ sagte Merz" next).
    var carriedSpeaksThisQuote = false
    /// The last person or role named before this sentence, for a demonstrative (`dieser`).
    var latest: Antecedent? = nil
    /// The party that was the subject of a recent sentence ("Russland legte ein Memorandum vor."),
    /// which lays an obligation stated in the next one ("Die Ukraine müsse neutral sein.").
    var previousSubject: Antecedent? = nil
    /// The owner of a plan or list of demands named in one of the last sentences, which lays the
    /// obligations that set out its points.
    var documentOwner: DocumentOwner? = nil
    /// Every party of the sentence before's subject ("Die Ukraine und die USA reagierten …"), which a
    /// pronoun opening a clause of this one takes up ("Sie lehnen … ab", "Beide sprachen sich … aus").
    var previousSubjects: [Antecedent] = []

    func holder(of cue: CueMention) -> Holder? {
        let entry = codebook.source.stanceCues[cue.cue]
        let kind = entry.kind
        if entry.offer, let provider = provider(of: cue, kind: kind) {
            return Holder(mentions: [provider], source: .local)
        }
        if let owner = possessor(of: cue) { return Holder(mentions: [owner], source: .local) }
        if let meeter = meetsWith(cue) { return Holder(mentions: [meeter], source: .local) }
        if kind != .predicate, kind != .preposition, let local = localHolder(of: cue, kind: kind) {
            // "Pläne Frankreichs und Großbritanniens": coordinated genitives hold it together.
            let clause = analysis.clause[local.start]
            return Holder(mentions: [local] + coordinated(after: local, inClause: clause), source: .local)
        }
        if kind == .predicate, let qualified = Self.qualifiedNoun(of: cue, in: analysis) {
            return Holder(mentions: [qualified], source: .local)
        }
        let clause = analysis.clause[cue.start]
        if kind == .predicate, let controller = nounController(ofClause: clause) {
            // "Pläne Großbritanniens und Frankreichs, … Truppen zu stationieren": both control the infinitive.
            let mentions = [controller] + coordinated(after: controller, inClause: analysis.clause[controller.start], strictly: true)
            return Holder(mentions: mentions, source: .local)
        }
        if entry.passive, isPassive(clause: clause) {
            return agent().map { Holder(mentions: [$0], source: .agent) }
        }
        // "Das Abkommen wurde von Selenskyj und von der Leyen unterzeichnet": in a passive clause
        // the subject undergoes the act and the `von`/`durch` phrase does it.
        if kind == .predicate, isPassive(clause: clause), isParticiple(cue), let agents = agents(inClause: clause) {
            return Holder(mentions: agents, source: .agent)
        }
        if kind == .preposition, analysis.tokens.contains(where: { GermanWords.passiveAuxiliaries.contains($0.lower) }),
            let agent = agent()
        {
            return Holder(mentions: [agent], source: .agent)
        }
        if clause > 0, let speaker = headlineSpeaker() {
            switch subject(ofClause: clause) {
            case .party(let mentions) where !mentions.allSatisfy(isAboutParty): break
            case .blocked: break
            default: return Holder(mentions: [speaker], source: .sentenceSource)
            }
        }
        // "Nach Ansicht von 49 Prozent der Befragten sollte sich Deutschland beteiligen": an opinion marker
        // says whose view the clause is ("Aus ukrainischer Sicht wäre …"), and a view no party holds is no
        // party's statement.
        switch opinion(inClause: clause) {
        case .blocked: return nil
        case .party(let mentions): return Holder(mentions: mentions, source: .clauseSource)
        case .none: break
        }
        switch subject(ofClause: clause) {
        case .party(let mentions):
            // "Selenskyj hat sich mit Trump auf Garantien geeinigt": both sides of an agreement hold it.
            return Holder(mentions: entry.agreement ? mentions + partners(inClause: clause) : mentions, source: .subject)
        case .blocked: return nil
        case .none:
            if entry.agreement, let sides = collectiveHolder(of: cue) { return sides }
        }
        if hasAnaphor(inClause: clause), let holder = anaphoric(inClause: clause, before: cue.start) {
            guard entry.agreement else { return holder }
            return Holder(mentions: holder.mentions + partners(inClause: clause), source: holder.source, speakers: holder.speakers)
        }
        if let taken = pronounSubject(inClause: clause) { return taken }
        // "Die USA haben nach Angaben aus Kiew zugesagt, sich an Garantien zu beteiligen": an infinitive
        // clause is controlled by the subject of the clause it depends on, before any source of report.
        if clause > 0, isInfinitive(analysis.tokens(ofClause: clause)),
            case .party(let mentions) = subject(ofClause: clause - 1)
        {
            return Holder(mentions: entry.agreement ? mentions + partners(inClause: clause) : mentions, source: .precedingSubject)
        }
        if case .party(let mentions) = source(in: analysis.tokens(ofClause: clause)) {
            return Holder(mentions: mentions, source: .clauseSource)
        }
        if case .party(let mentions) = source(in: 0..<analysis.tokens.count) {
            return Holder(mentions: mentions, source: .sentenceSource)
        }
        // "die USA hätten klargemacht, dass sie eine Mitgliedschaft nicht unterstützten": `sie` after `dass`
        // is the subject of the clause that governs it.
        if clause > 0, analysis.word(analysis.tokens(ofClause: clause).lowerBound + 1) == "dass",
            analysis.word(analysis.tokens(ofClause: clause).lowerBound + 2) == "sie",
            case .party(let mentions) = subject(ofClause: clause - 1)
        {
            return Holder(mentions: mentions, source: .precedingSubject)
        }
        if let person = pronounSpeaker() {
            return Holder(mentions: [person.mention], source: .pronoun, speakers: [person.text])
        }
        if carriedSpeaksThisQuote, let carried {
            return Holder(mentions: [carried.mention], source: .carried, speakers: [carried.text])
        }
        for earlier in stride(from: clause - 1, through: 0, by: -1) {
            switch subject(ofClause: earlier) {
            case .party(let mentions):
                // "Stoltenberg sagte, die Ukraine werde Mitglied, die Frage sei nicht ob, sondern wann": the
                // subject of reported words that take no stance themselves does not speak the next clause;
                // the one who reports both does.
                let range = analysis.tokens(ofClause: earlier)
                if !analysis.cues.contains(where: { range.contains($0.start) }),
                    speaksInKonjunktiv(in: range),
                    let reporter = reportingSubject(before: earlier, excluding: nil),
                    !reporter.contains(where: { speaker in mentions.contains { $0.party == speaker.party } })
                {
                    return Holder(mentions: reporter, source: .precedingSubject)
                }
                // "Merz erklärte, sich mit Macron auf Garantien geeinigt zu haben": the partner after `mit` in
                // the cue's own clause holds the agreement too (as it does after an anaphor, above).
                return Holder(mentions: entry.agreement ? mentions + partners(inClause: clause) : mentions, source: .precedingSubject)
            case .blocked: return nil
            case .none: break
            }
            if hasAnaphor(inClause: earlier), let holder = anaphoric(inClause: earlier, before: cue.start) { return holder }
        }
        if let owner = documentOwner(before: cue.start) {
            return Holder(mentions: [owner], source: .precedingSubject)
        }
        if let judge = evaluator(inClause: clause) { return Holder(mentions: [judge], source: .precedingSubject) }
        if let place = locative(upTo: clause) { return Holder(mentions: [place], source: .locative) }
        if let carried, continuesReportedSpeech(), !source(in: 0..<analysis.tokens.count).isBlocked {
            return Holder(mentions: [carried.mention], source: .carried, speakers: [carried.text])
        }
        return nil
    }

    /// "die in die Nato strebende Ukraine", "der den Beitritt ablehnende Kreml": a verb cue in the form of
    /// an attributive present participle (lower case, -ende, -enden, -ender, -endes, -endem) qualifies the
    /// party named right after it, which holds it whatever the clause's subject.
    static func qualifiedNoun(of cue: CueMention, in analysis: SentenceAnalysis) -> ActorMention? {
        let word = analysis.tokens[cue.end - 1]
        guard word.isWord, !word.capitalized,
            ["ende", "enden", "ender", "endes", "endem"].contains(where: { word.lower.hasSuffix($0) })
        else { return nil }
        return analysis.actors.first { $0.start == cue.end && $0.party != nil }
    }

    /// "die Bereitschaft der USA, Garantien zu geben", "die Ankündigung Selenskyjs, einen Antrag stellen
    /// zu wollen": an infinitive clause right after a noun cue with its holder beside it says what that
    /// noun's holder is ready for or announced, and that party holds its verb.
    func nounController(ofClause clause: Int) -> ActorMention? {
        controllingNoun(ofClause: clause)?.owner
    }

    /// The noun cue whose holder controls the infinitive clause (see `nounController`), with that holder.
    func controllingNoun(ofClause clause: Int) -> (noun: CueMention, owner: ActorMention)? {
        guard clause > 0, isInfinitive(analysis.tokens(ofClause: clause)) else { return nil }
        let boundary = analysis.tokens(ofClause: clause).lowerBound
        guard analysis.tokens[boundary].lower == "," else { return nil }
        for noun in analysis.cues.reversed() where analysis.clause[noun.start] == clause - 1 {
            guard codebook.source.stanceCues[noun.cue].kind == .noun, let owner = localHolder(of: noun, kind: .noun),
                max(noun.end, owner.end) >= boundary - 3
            else { continue }
            return (noun, owner)
        }
        return nil
    }

    /// "Biden: Ukraine noch nicht bereit für Nato-Beitritt": a sentence that opens with a party, at
    /// most four words, and a colon is that party's statement, also where the party a topic is about
    /// is the subject after the colon.
    private func headlineSpeaker() -> ActorMention? {
        let colon = analysis.tokens(ofClause: 1).lowerBound
        guard analysis.tokens.indices.contains(colon), analysis.tokens[colon].lower == ":",
            analysis.tokens(ofClause: 0).filter({ analysis.tokens[$0].isWord }).count <= 4
        else { return nil }
        return analysis.actors.last { $0.end == colon && $0.party != nil && $0.form != .genitive }
    }

    private func isAboutParty(_ mention: ActorMention) -> Bool {
        guard let party = mention.party else { return false }
        return codebook.source.topics.contains { $0.about == codebook.source.parties[party].id }
    }

    /// "Gebietsabtretungen seien für Kiew indiskutabel": the party after `für` judges the
    /// subject, unless the phrase belongs to a topic noun ("Garantien für die Ukraine").
    private func evaluator(inClause clause: Int) -> ActorMention? {
        analysis.actors.first { mention in
            guard mention.party != nil, analysis.clause[mention.start] == clause else { return false }
            var index = mention.start - 1
            if analysis.word(index).map(isDeterminer) == true { index -= 1 }
            guard analysis.word(index) == "für" else { return false }
            return !analysis.topics.contains { $0.end == index }
        }
    }

    /// "…“, sagte er": a verb of saying with `er` or `sie` right after it speaks for the last
    /// person named, in this sentence or before it.
    func pronounSpeaker() -> Antecedent? {
        let tokens = analysis.tokens
        for index in tokens.indices {
            guard let end = codebook.speech.matches(in: tokens, at: index).first?.end,
                let pronoun = analysis.word(end), pronoun == "er" || pronoun == "sie" || namesRoleOfAPerson(at: end)
            else { continue }
            if let person = lastPerson(before: index) {
                return Antecedent(mention: person, text: analysis.text(of: person.start, person.end))
            }
            return antecedent
        }
        return nil
    }

    /// "…, sagte der Präsident", "…, sagte die Grünen-Politikerin": an article and a role or a party
    /// politician's title that names no party of its own stand for the person named before.
    private func namesRoleOfAPerson(at index: Int) -> Bool {
        guard let article = analysis.word(index), ["der", "die"].contains(article),
            analysis.tokens.indices.contains(index + 1), analysis.tokens[index + 1].capitalized,
            !analysis.actors.contains(where: { $0.start <= index + 1 && $0.end > index + 1 })
        else { return false }
        let word = analysis.tokens[index + 1].lower
        return word.hasSuffix("politiker") || word.hasSuffix("politikerin")
            || codebook.roles.matches(in: analysis.tokens, at: index + 1).contains { $0.end == index + 2 }
    }

    /// The speaker this sentence names for a quotation: the party after a verb of saying or a
    /// source marker, or the person `er`/`sie` stands for.
    func quoteSpeaker() -> Antecedent? {
        if case .party(let mentions) = source(in: 0..<analysis.tokens.count), let first = mentions.first {
            return Antecedent(
                mention: ActorMention(start: 0, end: 0, party: first.party, form: .alias),
                text: analysis.text(of: first.start, first.end))
        }
        return pronounSpeaker().map { Antecedent(mention: ActorMention(start: 0, end: 0, party: $0.mention.party, form: .alias), text: $0.text) }
    }

    /// A sentence that names no party but the one a demand is laid on and speaks in Konjunktiv I,
    /// with a modal of obligation or with a connective that adds to what came before.
    private func continuesReportedSpeech() -> Bool {
        let about = Set(codebook.source.topics.compactMap(\.about))
        if analysis.actors.contains(where: { mention in
            guard let party = mention.party else { return true }
            return !about.contains(codebook.source.parties[party].id)
        }) {
            return false
        }
        let tokens = analysis.tokens
        let first = tokens.first(where: \.isWord)?.lower ?? ""
        if ["außerdem", "zudem", "ferner", "darüber", "weiterhin", "auch", "zugleich", "gleichzeitig"].contains(first) {
            return true
        }
        return tokens.indices.contains { index in
            !codebook.subjunctive.matches(in: tokens, at: index).isEmpty
                || !codebook.obligation.matches(in: tokens, at: index).isEmpty
        }
    }

    /// The provider of an offer: the party after the topic an exchange phrase governs ("im
    /// Gegenzug für Sicherheitsgarantien durch die USA", "… der USA", "… Washingtons"), or
    /// the agent phrase in the passive clause of an offer verb ("wurden von den USA angeboten").
    private func provider(of cue: CueMention, kind: Codebook.StanceCue.Kind) -> ActorMention? {
        let clause = analysis.clause[cue.start]
        if kind == .preposition {
            guard let topic = analysis.topics.first(where: { $0.start >= cue.end && $0.start <= cue.end + 2 }) else {
                return nil
            }
            return analysis.actors.first { mention in
                guard mention.party != nil, mention.start >= topic.end, mention.start <= topic.end + 2,
                    analysis.clause[mention.start] == clause
                else { return false }
                let between = (topic.end..<mention.start).map { analysis.tokens[$0].lower }
                guard let first = between.first else { return mention.form == .genitive }
                if between.count == 1, ["der", "des"].contains(first) { return true }
                return GermanWords.agentPrepositions.contains(first) && between.dropFirst().allSatisfy(isDeterminer)
            }
        }
        guard isPassive(clause: clause) else { return nil }
        return analysis.actors.first { mention in
            guard mention.party != nil, analysis.clause[mention.start] == clause else { return false }
            let before = analysis.word(mention.start - 1)
            let twoBefore = analysis.word(mention.start - 2)
            return before.map(GermanWords.agentPrepositions.contains) == true
                || (before.map(isDeterminer) == true && twoBefore.map(GermanWords.agentPrepositions.contains) == true)
        }
    }

    /// "Man habe sich … geeinigt", "Beide Seiten vereinbarten …": the parties the
    /// impersonal or reciprocal subject stands for. Parties named right after it ("die
    /// Unterhändler der USA und der Ukraine") are those parties; otherwise the parties of
    /// the talks named in this sentence and the ones before. Nil when there is no such
    /// subject, when a place names who "man" is ("In Moskau hat man …"), when no party
    /// of talks is found, or when the agreement is negated: "man habe sich nicht
    /// geeinigt" tells nothing about each side.
    private func collectiveHolder(of cue: CueMention) -> Holder? {
        var clause = analysis.clause[cue.start]
        if analysis.negations.contains(where: { analysis.clause[$0] == clause }) { return nil }
        while clause >= 0 {
            let range = analysis.tokens(ofClause: clause)
            if let start = range.first(where: { !codebook.collectiveSubjects.matches(in: analysis.tokens, at: $0).isEmpty }),
                let end = codebook.collectiveSubjects.matches(in: analysis.tokens, at: start).first?.end
            {
                if locative(upTo: clause).map({ analysis.clause[$0.start] == clause }) == true { return nil }
                let named = namedSides(after: end, inClause: clause)
                if !named.isEmpty { return Holder(mentions: named, source: .participants) }
                let sides = NegotiationParticipants(codebook: codebook).participants(of: analysis, earlier: earlier)
                guard !sides.isEmpty else { return nil }
                return Holder(mentions: sides.map(\.mention), source: .participants, speakers: sides.map(\.name))
            }
            let isSource = range.contains { index in
                !codebook.speech.matches(in: analysis.tokens, at: index).isEmpty
                    || !codebook.sourceBefore.matches(in: analysis.tokens, at: index).isEmpty
                    || !codebook.sourceAfter.matches(in: analysis.tokens, at: index).isEmpty
            }
            guard isSource || clause == analysis.clause[cue.start] || isSubjectless(clause) else { return nil }
            clause -= 1
        }
        return nil
    }

    private func isSubjectless(_ clause: Int) -> Bool {
        if case .none = subject(ofClause: clause) { return true }
        return false
    }

    /// "die Unterhändler der USA und der Ukraine": the parties that specify a collective subject.
    private func namedSides(after end: Int, inClause clause: Int) -> [ActorMention] {
        var result: [ActorMention] = []
        var position = end
        for mention in analysis.actors where mention.start >= end && analysis.clause[mention.start] == clause {
            let between = (position..<mention.start).map { analysis.tokens[$0].lower }
            guard mention.party != nil, between.count <= 3,
                between.allSatisfy({ ["der", "des", "von", "vom", "aus", "und", "sowie", "den", "dem"].contains($0) })
            else { break }
            result.append(mention)
            position = mention.end
        }
        return result
    }

    /// Who lays an obligation on the topic's own party: the speaker or source of the sentence,
    /// else the owner of a plan or demand named in it ("Der von Trump präsentierte Plan").
    func imposer(of cue: CueMention, excluding about: PartyID?) -> Holder? {
        func other(_ mention: ActorMention) -> Bool {
            guard let party = mention.party else { return false }
            return codebook.source.parties[party].id != about
        }
        // "weist Vorschläge zurück, die Ukraine solle Gebiete abtreten": the obligation is what an earlier
        // clause rejects; whoever proposed it is not named.
        if analysis.cues.contains(where: { earlier in
            analysis.clause[earlier.start] < analysis.clause[cue.start] && codebook.source.stanceCues[earlier.cue].stance < 0
                && codebook.source.stanceCues[earlier.cue].kind == .predicate
        }) {
            return nil
        }
        if case .party(let mentions) = source(in: 0..<analysis.tokens.count) {
            return Holder(mentions: mentions, source: .sentenceSource)
        }
        if let speaker = trailingSpeaker(after: analysis.clause[cue.start]) {
            return Holder(mentions: [speaker], source: .sentenceSource)
        }
        if let person = pronounSpeaker(), let party = person.mention.party, codebook.source.parties[party].id != about {
            // The person may be named in this sentence or, as the antecedent, in the one before.
            let here = analysis.actors.contains { $0.start == person.mention.start && $0.end == person.mention.end && $0.party == party }
            return Holder(mentions: [person.mention], source: here ? .sentenceSource : .pronoun, speakers: [person.text])
        }
        for noun in analysis.cues where codebook.source.stanceCues[noun.cue].kind != .predicate {
            // "russische Maximalforderungen" says whose demands they are like, not who lays them.
            if let owner = localHolder(of: noun, kind: codebook.source.stanceCues[noun.cue].kind == .noun ? .noun : .participle),
                other(owner), owner.form != .adjective
            {
                return Holder(mentions: [owner], source: .precedingSubject)
            }
        }
        if let reporter = reportingSubject(before: analysis.clause[cue.start], excluding: about) {
            return Holder(mentions: reporter, source: .precedingSubject)
        }
        if let owner = participleAgent(), other(owner) {
            return Holder(mentions: [owner], source: .precedingSubject)
        }
        // "…, sagte der Friedensforscher: Die Ukraine könnte …": a sentence with a speaker of its own
        // does not go on with the reported speech of the one before.
        if source(in: 0..<analysis.tokens.count).isBlocked { return nil }
        if let carried, let party = carried.mention.party, codebook.source.parties[party].id != about {
            return Holder(mentions: [carried.mention], source: .carried, speakers: [carried.text])
        }
        // "Trump legte einen Plan vor. Die Ukraine solle Gebiete abtreten.": in Konjunktiv I, the person
        // who was the subject of the sentence before lays it.
        if let antecedent, let party = antecedent.mention.party, codebook.source.parties[party].id != about,
            speaksInKonjunktiv()
        {
            return Holder(mentions: [antecedent.mention], source: .carried, speakers: [antecedent.text])
        }
        // "Russland legte ein Memorandum vor. Die Ukraine müsse auf den Beitritt verzichten.": a place or
        // institution that was the subject before lays an obligation reported in Konjunktiv I (an indicative
        // "muss" or "sollte" is as often the article's own account of a plan, and was measured to cost precision).
        if let previousSubject, let party = previousSubject.mention.party, codebook.source.parties[party].id != about,
            speaksInKonjunktiv()
        {
            return Holder(mentions: [previousSubject.mention], source: .carried, speakers: [previousSubject.text])
        }
        // "Der Friedensplan der USA sieht 28 Punkte vor. … Die Ukraine müsste auf den Beitritt verzichten.":
        // the owner of the plan named just before lays the points it sets out, in any mood.
        if let documentOwner, let party = documentOwner.mention.party, codebook.source.parties[party].id != about {
            return Holder(mentions: [documentOwner.mention], source: .carried, speakers: [documentOwner.text])
        }
        return nil
    }

    /// "Der Friedensplan der USA hat 28 Punkte. Einer der Punkte fordert eine Einladung in die Nato.": a
    /// cue that found no holder, in a sentence that names the document and no expert or outlet, speaks
    /// for the owner of the document named just before.
    func documentHolder() -> Holder? {
        guard let documentOwner, DocumentOwner.mentionsDocument(analysis),
            !analysis.actors.contains(where: { $0.form == .nonParty })
        else { return nil }
        return Holder(mentions: [documentOwner.mention], source: .carried, speakers: [documentOwner.text])
    }

    /// "…, forderte Selenskyj.", "…, verlangte der Kreml am Montag.": the last clause of the sentence, a verb
    /// of stance and then a party, names who lays what the clauses before it say (a verb with its own
    /// object, "forderte Russland auf", takes a particle and is left out).
    private func trailingSpeaker(after clause: Int) -> ActorMention? {
        let last = analysis.clause.last ?? 0
        guard last > clause else { return nil }
        let range = analysis.tokens(ofClause: last)
        let words = range.filter { analysis.tokens[$0].isWord }
        guard let verb = words.first, words.count <= 6,
            let cue = analysis.cues.first(where: { $0.start == verb && $0.end == verb + 1 }),
            codebook.source.stanceCues[cue.cue].kind == .predicate, cue.particle == nil,
            !codebook.source.stanceCues[cue.cue].passive
        else { return nil }
        return analysis.actors.first { $0.start == verb + 1 && $0.party != nil }
            ?? analysis.actors.first { $0.start == verb + 2 && $0.party != nil && analysis.word(verb + 1).map(isDeterminer) == true }
    }

    /// "Trump deutete an, dass die Ukraine verzichten müsste": the party subject of the nearest
    /// earlier clause that reports what follows (a verb of saying or of stance in it, or a `dass`
    /// clause after it).
    /// A subject that is the topic's own party is the one the obligation is laid on: the search goes on.
    func reportingSubject(before clause: Int, excluding about: PartyID?) -> [ActorMention]? {
        for earlier in stride(from: clause - 1, through: 0, by: -1) {
            guard case .party(let mentions) = subject(ofClause: earlier) else { continue }
            // "Selenskyj sagte, sein Land müsse anerkennen, …": the party's own speaker, a person, reports it.
            let own = mentions.allSatisfy { $0.party.map { codebook.source.parties[$0].id } == about }
            if own, !mentions.allSatisfy({ $0.form == .person || $0.form == .role }) { continue }
            let range = analysis.tokens(ofClause: earlier)
            // "Die Europäer wiederholen ihre Forderungen: „…, dass die Ukraine Garantien benötigt“": a colon
            // introduces what the clause before it reports.
            let next = analysis.tokens(ofClause: earlier + 1)
            // "Der Kremlchef verlangte, die Ukraine müsse …": a verb of stance reports the demand it governs.
            let reports = range.contains { !codebook.speech.matches(in: analysis.tokens, at: $0).isEmpty }
                || analysis.cues.contains { range.contains($0.start) && codebook.source.stanceCues[$0.cue].kind == .predicate }
                || next.prefix(2).contains { analysis.tokens[$0].lower == "dass" }
                || next.first.map { analysis.tokens[$0].lower == ":" } == true
            if own, !reports { continue }
            // "Peskow sagte, eine Waffenruhe reiche Moskau nicht; Kiew müsse …": reported words in Konjunktiv
            // that report nothing themselves belong to the speech of the clause before.
            if !reports, speaksInKonjunktiv(in: range) {
                continue
            }
            return reports ? mentions : nil
        }
        return nil
    }

    /// "Der von Trump präsentierte Plan": the party in a `von` phrase before an attributive
    /// participle (a lower-case word ending in -te, -ten, -tes, -ter, -tem) owns what it qualifies.
    private func participleAgent() -> ActorMention? {
        analysis.actors.first { mention in
            // "von US-Präsident Donald Trump präsentierte": names in apposition may stand between.
            guard mention.party != nil,
                let von = (max(0, mention.start - 4)..<mention.start).last(where: { ["von", "vom"].contains(analysis.tokens[$0].lower) }),
                ((von + 1)..<mention.start).allSatisfy({ analysis.tokens[$0].isWord && analysis.tokens[$0].capitalized }),
                analysis.tokens.indices.contains(mention.end), analysis.tokens[mention.end].isWord,
                !analysis.tokens[mention.end].capitalized
            else { return false }
            let word = analysis.tokens[mention.end].lower
            return ["te", "ten", "tes", "ter", "tem"].contains { word.hasSuffix($0) }
        }
    }

    /// Whether a noun or participle cue has its holder beside it.
    func hasLocalHolder(_ cue: CueMention) -> Bool {
        localHolder(of: cue, kind: codebook.source.stanceCues[cue.cue].kind) != nil || possessor(of: cue) != nil
    }

    /// "die Nato werde Kiew bei seinem Streben nach … unterstützen": a stance noun after `sein` or `ihr`
    /// (an adjective may stand between) is the aim of the party named last before it, whatever the
    /// clause's subject wants; nil when that party is the subject itself.
    func possessor(of cue: CueMention) -> ActorMention? {
        guard analysis.tokens[cue.start].capitalized, cue.start >= 2 else { return nil }
        var index = cue.start - 1
        if let word = analysis.word(index), !GermanWords.possessives.contains(word), analysis.tokens[index].isWord,
            !analysis.tokens[index].capitalized
        {
            index -= 1
        }
        guard let possessive = analysis.word(index), GermanWords.possessives.contains(possessive),
            !possessive.hasPrefix("unser")
        else { return nil }
        guard let owner = analysis.actors.last(where: { $0.party != nil && $0.end <= index }) else { return nil }
        // "Die Ukraine solle ihre Pläne aufgeben": the subject's own aim is the clause's matter, and the
        // rules for the subject (obligation, conjecture) decide who holds it.
        for clause in stride(from: analysis.clause[cue.start], through: 0, by: -1) {
            switch subject(ofClause: clause) {
            // "Russlands Präsident Wladimir Putin hat seine Forderung …": title and name are one subject.
            case .party(let subjects): return subjects.contains(where: { $0.party == owner.party }) ? nil : owner
            case .blocked: return owner
            case .none: continue
            }
        }
        // "…, Kiew bei seinem Streben … zu unterstützen": in a clause without a subject the party is an
        // object, unless it opens the clause ("Die Ukraine solle ihre Pläne … aufgeben").
        let range = analysis.tokens(ofClause: analysis.clause[owner.start])
        let opening = range.first(where: { analysis.tokens[$0].isWord }).map { first in
            analysis.word(first).map(isDeterminer) == true ? first + 1 : first
        }
        return opening == owner.start ? nil : owner
    }

    /// "Der Vorschlag stößt in Moskau auf Ablehnung", "… stieß bei der Nato auf Zustimmung": a stance noun
    /// after `auf` with `stoßen` in its clause is the reaction of the party after `bei` or `in`.
    private func meetsWith(_ cue: CueMention) -> ActorMention? {
        guard analysis.tokens[cue.start].capitalized,
            (max(0, cue.start - 2)..<cue.start).contains(where: { analysis.word($0) == "auf" })
        else { return nil }
        let clause = analysis.tokens(ofClause: analysis.clause[cue.start])
        guard clause.contains(where: { index in
            analysis.word(index).map { word in ["stößt", "stoßen", "stieß", "stießen", "gestoßen", "stoße"].contains(word) } == true
        }) else { return nil }
        return analysis.actors.first { mention in
            guard mention.party != nil, clause.contains(mention.start), mention.end <= cue.start else { return false }
            var index = mention.start - 1
            if analysis.word(index).map(isDeterminer) == true { index -= 1 }
            return analysis.word(index).map { ["bei", "beim", "in", "im"].contains($0) } == true
        }
    }

    /// The person an anaphor in the clause stands for. `er` takes up the subject of an earlier
    /// clause, else the last person named in the sentence, else ``antecedent`` (the subject of the
    /// sentence before); a demonstrative ("dieser") the last person named, else ``latest``.
    private func anaphoric(inClause clause: Int, before index: Int) -> Holder? {
        let named = lastPerson(before: index)
        if hasDemonstrative(inClause: clause) {
            if let named { return Holder(mentions: [named], source: .precedingSubject) }
            if let latest { return Holder(mentions: [latest.mention], source: .pronoun, speakers: [latest.text]) }
        }
        if let person = subjectPerson(before: clause) ?? named { return Holder(mentions: [person], source: .precedingSubject) }
        // "Die Mitgliedschaft bleibe für sein Land ein Ziel, betonte Außenminister Sybiha": `sein` is the
        // speaker's, named after the words.
        if case .party(let speakers) = source(in: 0..<analysis.tokens.count) {
            return Holder(mentions: speakers, source: .sentenceSource)
        }
        return antecedent.map { Holder(mentions: [$0.mention], source: .pronoun) }
    }

    /// "Sie lehnen einen Gebietstausch ab", "Beide sprachen sich … aus", "Dieser sieht … vor": a pronoun
    /// opening a clause that names no party, before its verb, is the subject of the sentence before,
    /// unless the clause lays an obligation on it.
    private func pronounSubject(inClause clause: Int) -> Holder? {
        guard !previousSubjects.isEmpty else { return nil }
        let range = analysis.tokens(ofClause: clause)
        guard let opening = range.first(where: { analysis.tokens[$0].isWord }) else { return nil }
        // "Zudem fordern sie …": after a fronted adverb and a plural verb, the pronoun is the subject
        // ("Besonders betonte sie" is a woman named before, whom the speaker rules take up).
        let invertedPronoun = opening + 2 < range.upperBound && analysis.tokens[opening + 2].lower == "sie"
            && analysis.tokens[opening + 1].isWord && !analysis.tokens[opening + 1].capitalized
            && ["en", "rn", "ln", "nd"].contains(String(analysis.tokens[opening + 1].lower.suffix(2)))
            && !analysis.actors.contains { $0.start == opening }
        let first = invertedPronoun ? opening + 2 : opening
        guard invertedPronoun || GermanWords.subjectPronouns.contains(analysis.tokens[first].lower),
            analysis.tokens.indices.contains(first + 1), analysis.tokens[first + 1].isWord,
            !analysis.tokens[first + 1].capitalized || invertedPronoun,
            !analysis.actors.contains(where: { range.contains($0.start) && $0.party != nil && !isOblique($0) }),
            // "Jetzt sind die USA am Zug. Sie müssten sich … beteiligen": what they should do is the speaker's demand.
            !range.contains(where: { !codebook.obligation.matches(in: analysis.tokens, at: $0).isEmpty })
        else { return nil }
        return Holder(mentions: previousSubjects.map(\.mention), source: .pronoun, speakers: previousSubjects.map(\.text))
    }

    private func hasDemonstrative(inClause clause: Int) -> Bool {
        analysis.tokens(ofClause: clause).contains { GermanWords.demonstrativeSubjects.contains(analysis.tokens[$0].lower) }
    }

    /// "Scholz sagte, er habe dem russischen Präsidenten versprochen, …": `er` takes up the person
    /// who is the subject of an earlier clause before any other person named.
    private func subjectPerson(before clause: Int) -> ActorMention? {
        for earlier in stride(from: clause - 1, through: 0, by: -1) {
            if case .party(let mentions) = subject(ofClause: earlier), let first = mentions.first,
                first.form == .person || first.form == .role
            {
                return first
            }
        }
        return nil
    }

    /// The last person or role named earlier in this sentence.
    private func lastPerson(before index: Int) -> ActorMention? {
        analysis.actors.last { $0.party != nil && $0.end <= index && ($0.form == .person || $0.form == .role) }
    }

    /// `er`, or `sein Land`, standing for the last person named.
    private func hasAnaphor(inClause clause: Int) -> Bool {
        analysis.tokens(ofClause: clause).contains { index in
            let word = analysis.tokens[index].lower
            if word == GermanWords.subjectPronoun { return true }
            // "Sie forderte …": `sie` opening a clause before a singular verb is a woman named before
            // (a plural verb ends in -n: "Sie forderten").
            if word == "sie", index == analysis.tokens(ofClause: clause).first(where: { analysis.tokens[$0].isWord }),
                let verb = analysis.word(index + 1), analysis.tokens[index + 1].isWord,
                !analysis.tokens[index + 1].capitalized, !verb.hasSuffix("n")
            {
                return true
            }
            // "Dieser lehnt … ab": a demonstrative standing alone before a verb points back too.
            if GermanWords.demonstrativeSubjects.contains(word), analysis.tokens.indices.contains(index + 1),
                analysis.tokens[index + 1].isWord, !analysis.tokens[index + 1].capitalized
            {
                return true
            }
            return (word == "land" || word == "landes") && ["sein", "seines"].contains(analysis.word(index - 1) ?? "")
        }
    }

    /// The party whose plan, proposal or document an earlier noun cue names ("Plan der USA").
    private func documentOwner(before index: Int) -> ActorMention? {
        for cue in analysis.cues.reversed() where cue.end <= index {
            guard codebook.source.stanceCues[cue.cue].kind == .noun,
                let owner = localHolder(of: cue, kind: .noun)
            else { continue }
            return owner
        }
        return nil
    }

    /// A source marker (speech verb, `zufolge`, `laut`) and the party it names, in `range`.
    func source(in range: Range<Int>) -> Resolution {
        for index in range {
            let tokens = analysis.tokens
            if !codebook.sourceAfter.matches(in: tokens, at: index).isEmpty,
                let mention = analysis.actors.last(where: { $0.end <= index && $0.end >= index - 1 })
            {
                return resolution(for: mention)
            }
            if let end = codebook.sourceBefore.matches(in: tokens, at: index).first?.end
                ?? codebook.speech.matches(in: tokens, at: index).first?.end
            {
                // "kündigte die Einbindung europäischer Verbündeter … an": a noun between the verb and the
                // party makes the party that noun's attribute, not the speaker; a role noun ("sagte der Sprecher
                // des Kremls") or a title before a name ("sagte Regierungssprecher Hebestreit") does not.
                if let mention = analysis.actors.first(where: {
                    $0.start >= end && $0.start <= end + 3 && analysis.clause[$0.start] == analysis.clause[index]
                }), mention.form == .person || (end..<mention.start).allSatisfy({ between in
                    let token = analysis.tokens[between]
                    return !token.isWord || !token.capitalized || !codebook.roles.matches(in: analysis.tokens, at: between).isEmpty
                }) {
                    return resolution(for: mention)
                }
                if let person = apposedPerson(after: end) { return resolution(for: person) }
                if let speaker = speakerBeforeParticiple(at: index) { return resolution(for: speaker) }
            }
        }
        return .none
    }

    /// "…, hatte Donald Trump im Weißen Haus angekündigt": a clause of report that opens with the
    /// auxiliary names its speaker before the participle.
    private func speakerBeforeParticiple(at index: Int) -> ActorMention? {
        let range = analysis.tokens(ofClause: analysis.clause[index])
        guard let opening = range.first(where: { analysis.tokens[$0].isWord }), opening < index,
            GermanWords.perfectAuxiliaries.contains(analysis.tokens[opening].lower),
            range.lowerBound > 0
        else { return nil }
        return analysis.actors.first { $0.party != nil && $0.start > opening && $0.end <= index }
    }

    /// Whether the words in `range` (the whole sentence by default) report speech in Konjunktiv I
    /// ("seien", "müsse").
    func speaksInKonjunktiv(in range: Range<Int>? = nil) -> Bool {
        (range ?? analysis.tokens.indices).contains { !codebook.subjunctive.matches(in: analysis.tokens, at: $0).isEmpty }
    }

    /// "erklärte die Sprecherin des Außenministeriums, Maria Sacharowa": a role noun after the verb of
    /// saying, whose party is not named, and the person in apposition after the comma.
    private func apposedPerson(after end: Int) -> ActorMention? {
        let window = end..<min(end + 8, analysis.tokens.count)
        guard window.prefix(3).contains(where: { !codebook.roles.matches(in: analysis.tokens, at: $0).isEmpty }),
            let comma = window.first(where: { analysis.tokens[$0].lower == "," }),
            !analysis.actors.contains(where: { $0.party != nil && (end..<comma).contains($0.start) })
        else { return nil }
        // The name may come with a first name ("Maria Sacharowa").
        return analysis.actors.first { person in
            person.form == .person && person.start > comma && person.start <= comma + 3
                && (comma + 1..<person.start).allSatisfy { analysis.tokens[$0].isWord && analysis.tokens[$0].capitalized }
        }
    }

    /// The one whose view a clause gives by a source marker of opinion ("nach Ansicht von", "aus Sicht",
    /// "nach Einschätzung"), unlike one of report ("laut", "nach Angaben"), after which the subject
    /// still holds what is reported.
    private func opinion(inClause clause: Int) -> Resolution {
        let range = analysis.tokens(ofClause: clause)
        for index in range {
            // "Aus ukrainischer Sicht wäre …": the party's adjective before the opinion noun.
            if analysis.word(index) == "aus", range.contains(index + 2),
                GermanWords.opinionNouns.contains(analysis.tokens[index + 2].lower),
                let adjective = codebook.parties.matches(in: analysis.tokens, at: index + 1).first(where: {
                    $0.payload.form == .adjective && $0.end == index + 2
                })
            {
                return .party([ActorMention(start: index + 1, end: index + 2, party: adjective.payload.party, form: .alias)])
            }
            guard let marker = codebook.sourceBefore.matches(in: analysis.tokens, at: index).max(by: { $0.end < $1.end }),
                (index..<marker.end).contains(where: { GermanWords.opinionNouns.contains(analysis.tokens[$0].lower) }),
                let mention = analysis.actors.first(where: { $0.start >= marker.end && $0.start <= marker.end + 3 && range.contains($0.start) })
            else { continue }
            return resolution(for: mention)
        }
        return .none
    }

    /// Whether the clause's subject is a party ("…, weil Amerika diese nicht unterstützen wird").
    func hasPartySubject(clause: Int) -> Bool {
        if case .party = subject(ofClause: clause) { return true }
        return false
    }

    enum Resolution {
        case party([ActorMention])
        case blocked
        case none

        /// Whether a non-party stands where the party would be ("sagte der Friedensforscher").
        var isBlocked: Bool {
            if case .blocked = self { return true }
            return false
        }
    }

    private func resolution(for mention: ActorMention) -> Resolution {
        mention.party == nil ? .blocked : .party([mention])
    }

    /// The first actor of the clause that is neither in a prepositional phrase nor a genitive,
    /// with the parties coordinated with it ("die USA und Deutschland").
    func subject(ofClause clause: Int) -> Resolution {
        let range = analysis.tokens(ofClause: clause)
        if let antecedent = relativeAntecedent(of: range) { return .party([antecedent]) }
        // "will man in Kiew nichts wissen", "In Moskau sieht man das anders": `man` with the place where it
        // is said speaks for that place.
        if let place = placeOfMan(in: range) { return .party([place]) }
        // "…, und forderte Russland auf, …": a verb right after the conjunction has the subject of
        // the clause before; the party after it is its object.
        if let first = analysis.word(range.lowerBound), ["und", "aber", "sondern", "doch"].contains(first),
            analysis.cues.contains(where: { $0.start == range.lowerBound + 1 })
        {
            return .none
        }
        // "…, Soldaten in die Ukraine zu entsenden": an infinitive clause has no subject of its own.
        if isInfinitive(range) { return .none }
        let candidates = analysis.actors.filter { range.contains($0.start) && !isOblique($0) }
        guard let first = candidates.first else { return roleHolders(in: range) }
        // "Zugleich setzte er Kiew unter Druck", "…, dass wir die Ukraine unterstützen": a pronoun that
        // is only ever nominative, before the first party, is the subject; the party after it is an object.
        if (range.lowerBound..<first.start).contains(where: { GermanWords.nominativePronouns.contains(analysis.tokens[$0].lower) }) {
            return .none
        }
        if first.party == nil { return .blocked }
        // "Der ehemalige US-Außenminister Henry Kissinger": a role whose name is no party's is no party.
        if first.form == .role || first.form == .person, analysis.actors.contains(where: { other in
            other.party == nil && other.start >= first.end && other.start <= first.end + 2
                && (first.end..<other.start).allSatisfy { analysis.tokens[$0].isWord && analysis.tokens[$0].capitalized }
        }) {
            return .blocked
        }
        var mentions = [first]
        var last = first
        for next in candidates.dropFirst() where next.party != nil {
            // "Bundeskanzler Friedrich Merz": a title and the name after it, first names between, are one holder.
            if next.party == last.party, next.start - last.end <= 2,
                (last.end..<next.start).allSatisfy({ analysis.tokens[$0].isWord && analysis.tokens[$0].capitalized })
            {
                last = next
                continue
            }
            // "Merz (CDU) und Selenskyj": a parenthesis between coordinated parties is skipped.
            let between = withoutParentheses((last.end..<next.start).map { analysis.tokens[$0].lower })
            // "die USA, die Slowakei, Ungarn und Deutschland": names of other states may stand in the list.
            let names = (last.end..<next.start).filter { analysis.tokens[$0].isWord && analysis.tokens[$0].capitalized
                && !isDeterminer(analysis.tokens[$0].lower) }.count
            guard between.count <= (names > 0 ? 8 : 3), !between.isEmpty, names <= 3,
                between.contains(where: { GermanWords.coordinators.contains($0) || $0 == "," }),
                between.allSatisfy({ GermanWords.coordinators.contains($0) || $0 == "," || isDeterminer($0) })
                    || names > 0 && (last.end..<next.start).allSatisfy({ index in
                        let token = analysis.tokens[index]
                        return token.lower == "," || GermanWords.coordinators.contains(token.lower)
                            || isDeterminer(token.lower) || token.isWord && token.capitalized
                    })
            else { break }
            mentions.append(next)
            last = next
        }
        return .party(mentions)
    }

    /// "Die Außenminister Frankreichs und Deutschlands sprachen sich …", "Der Präsident der Ukraine lehnt
    /// … ab", "Ein ranghoher Vertreter des Weißen Hauses sagte …", "Einige Diplomaten aus Paris …": a role
    /// noun opening the clause, after its article or quantifier and adjectives, with party genitives or
    /// `aus` and a place after it is held by those parties, and so is a
    /// noun of position with the party's genitive before or after it ("Moskaus Haltung", "die Position
    /// Kiews"); `.none` when the clause has no such noun.
    private func roleHolders(in range: Range<Int>) -> Resolution {
        guard let start = range.first(where: { analysis.tokens[$0].isWord }) else { return .none }
        var noun = analysis.word(start).map({ isDeterminer($0) || GermanWords.quantifiers.contains($0) }) == true
            ? start + 1 : start
        while noun < start + 3, range.contains(noun), analysis.tokens[noun].isWord, !analysis.tokens[noun].capitalized {
            noun += 1
        }
        // "Die Staats- und Regierungschefs der EU": a truncated first part shares the head after `und`.
        if analysis.tokens.indices.contains(noun + 3), analysis.tokens[noun + 1].lower == "-",
            ["und", "oder"].contains(analysis.tokens[noun + 2].lower)
        {
            noun += 3
        }
        // "Moskaus Haltung zum Beitritt bleibt ablehnend", "Moskaus Chefdiplomat nannte …": a party's genitive
        // before a noun of position or a role.
        if let owner = analysis.actors.first(where: { $0.start == start && $0.form == .genitive && $0.party != nil }),
            let next = analysis.word(owner.end),
            GermanWords.positionNouns.contains(next) || !codebook.roles.matches(in: analysis.tokens, at: owner.end).isEmpty
        {
            return .party([owner])
        }
        guard range.contains(noun) else { return .none }
        let roleEnd = codebook.roles.matches(in: analysis.tokens, at: noun).first?.end
            ?? (analysis.word(noun).map(GermanWords.positionNouns.contains) == true ? noun + 1 : nil)
        guard var roleEnd else { return .none }
        // "Ein Sprecher des Außenministeriums in Kiew": a role of a role names its party after the second.
        if ["der", "des"].contains(analysis.word(roleEnd) ?? ""), range.contains(roleEnd + 1),
            !analysis.actors.contains(where: { $0.start == roleEnd + 1 }),
            let inner = codebook.roles.matches(in: analysis.tokens, at: roleEnd + 1).first?.end
        {
            roleEnd = inner
        }
        guard let genitive = analysis.actors.first(where: { mention in
                guard mention.party != nil else { return false }
                if mention.start == roleEnd { return mention.form == .genitive }
                // "Ein Sprecher des ukrainischen Außenministeriums", "Berater des Kremlchefs": a role of the
                // party's institution or person is held by that party.
                if [.role, .person].contains(mention.form) {
                    return mention.start == roleEnd + 1 && ["der", "des"].contains(analysis.word(roleEnd) ?? "")
                }
                guard mention.form == .alias else { return false }
                // "Diplomaten aus Frankreich", "Vertreter aus den USA", "Beamte in Moskau": the place a role
                // comes from or serves in.
                if ["aus", "in"].contains(analysis.word(roleEnd) ?? "") {
                    return mention.start == roleEnd + 1
                        || (mention.start == roleEnd + 2 && analysis.word(roleEnd + 1).map(isDeterminer) == true)
                }
                return mention.start == roleEnd + 1 && ["der", "des"].contains(analysis.word(roleEnd) ?? "")
            })
        else { return .none }
        return .party([genitive] + coordinated(after: genitive, inClause: analysis.clause[genitive.start]))
    }

    /// The place alias right after `man in`/`man aus`, or opening the clause before `man` ("In Kiew will man …").
    private func placeOfMan(in range: Range<Int>) -> ActorMention? {
        guard let man = range.first(where: { analysis.tokens[$0].lower == "man" }) else { return nil }
        if ["in", "aus"].contains(analysis.word(man + 1) ?? "") {
            return analysis.actors.first { $0.start == man + 2 && $0.form == .alias && $0.party != nil }
        }
        guard let first = range.first(where: { analysis.tokens[$0].isWord }), analysis.tokens[first].lower == "in" else { return nil }
        return analysis.actors.first { $0.start == first + 1 && $0.end < man && $0.form == .alias && $0.party != nil }
    }

    /// Whether a clause is an infinitive phrase: its last word is a lower-case infinitive after
    /// `zu` or with `zu` inside it ("zu entsenden", "abzutreten", "anzuerkennen").
    private func isInfinitive(_ range: Range<Int>) -> Bool {
        guard let last = range.last(where: { analysis.tokens[$0].isWord }) else { return false }
        // "sich an Garantien zu beteiligen und Europa zu …": the first of coordinated infinitives.
        if let coordinator = range.first(where: { ["und", "oder", "sowie"].contains(analysis.tokens[$0].lower) }),
            coordinator > range.lowerBound, isInfinitive(range.lowerBound..<coordinator)
        {
            return true
        }
        guard !analysis.tokens[last].capitalized else { return false }
        let word = analysis.tokens[last].lower
        guard word.hasSuffix("en") || word.hasSuffix("ern") || word.hasSuffix("eln") else { return false }
        if analysis.word(last - 1) == "zu" { return true }
        // "abzutreten": a particle of two letters or more, then "zu", then a stem and -en.
        let letters = Array(word.unicodeScalars)
        guard letters.count >= 7 else { return false }
        return (2...(letters.count - 5)).contains { letters[$0] == "z" && letters[$0 + 1] == "u" }
    }

    /// The words with every parenthesised run, brackets included, left out.
    private func withoutParentheses(_ words: [String]) -> [String] {
        var depth = 0
        var result: [String] = []
        for word in words {
            if word == "(" { depth += 1 } else if word == ")" { depth = max(0, depth - 1) } else if depth == 0 { result.append(word) }
        }
        return result
    }

    /// ", die in die Nato strebt": a relative clause whose pronoun follows a party named
    /// right before the comma has that party as its subject.
    private func relativeAntecedent(of range: Range<Int>) -> ActorMention? {
        let comma = range.lowerBound
        guard comma > 0, analysis.tokens.indices.contains(comma + 2), analysis.tokens[comma].lower == ",",
            let pronoun = analysis.word(comma + 1), ["die", "der", "das", "welche", "welcher"].contains(pronoun)
        else { return nil }
        let next = analysis.tokens[comma + 2]
        guard next.isWord, !next.capitalized || GermanWords.prepositions.contains(next.lower) else { return nil }
        return analysis.actors.last { $0.end == comma && $0.party != nil && $0.form != .genitive }
    }

    /// Whether a mention is governed by a preposition, is a genitive ("Angaben der Zeitung",
    /// "Kiews"), or follows an article that excludes the nominative for its kind of noun.
    func isOblique(_ mention: ActorMention) -> Bool {
        if mention.form == .genitive { return true }
        // "dem russischen Präsidenten Wladimir Putin": a name in apposition to a role shares its case.
        if mention.form == .person, let role = analysis.actors.last(where: { other in
            other.form == .role && other.party == mention.party && other.end <= mention.start
                && other.end >= mention.start - 2
                && (other.end..<mention.start).allSatisfy { analysis.tokens[$0].isWord && analysis.tokens[$0].capitalized }
        }) {
            return isOblique(role)
        }
        // "Der Zeitung „Washington Post“ zufolge …": the source of a report, not the subject; in "Die
        // Ukraine ist einem Medienbericht zufolge bereit" the source is the phrase between.
        let clause = analysis.clause[mention.start]
        if let source = (mention.end..<min(mention.end + 7, analysis.tokens.count)).first(where: { index in
            analysis.clause[index] == clause && !codebook.sourceAfter.matches(in: analysis.tokens, at: index).isEmpty
        }), !(mention.end..<source).contains(where: { GermanWords.determiners.contains(analysis.tokens[$0].lower) }) {
            return true
        }
        var index = mention.start - 1
        // "Nach einem Bericht des „Wall Street Journal“": an opening quotation mark stands between article and name.
        while index > 0, ["„", "\"", "“", "»", "«", "‚"].contains(analysis.tokens[index].lower) { index -= 1 }
        // "die Regierung der Ukraine", "Angaben der staatlichen Nachrichtenagentur" are genitives; "Auch der
        // Kanzler" opens with a particle, not a noun.
        var articleIndex = index
        while articleIndex > index - 2, let word = analysis.word(articleIndex), !analysis.tokens[articleIndex].capitalized,
            !["der", "des"].contains(word)
        {
            articleIndex -= 1
        }
        if let article = analysis.word(articleIndex), ["der", "des"].contains(article), articleIndex >= 1,
            analysis.tokens[articleIndex - 1].isWord, analysis.tokens[articleIndex - 1].capitalized,
            !GermanWords.focusingParticles.contains(analysis.tokens[articleIndex - 1].lower)
        {
            return true
        }
        // "beim Treffen einiger europäischer Staats- und Regierungschefs": a quantifier in the genitive.
        if let word = analysis.word(index), GermanWords.genitiveQuantifiers.contains(word) { return true }
        if let article = analysis.word(index) {
            let oblique = mention.form == .alias
                ? GermanWords.obliqueArticles : GermanWords.obliqueMasculineArticles
            if oblique.contains(article) { return true }
        }
        var skipped = 0
        while let word = analysis.word(index), skipped < 3 {
            if GermanWords.prepositions.contains(word) { return true }
            guard isDeterminer(word) || !analysis.tokens[index].capitalized else { return false }
            index -= 1
            skipped += 1
        }
        return false
    }

    private func isDeterminer(_ word: String) -> Bool { GermanWords.determiners.contains(word) }

    /// "den von der Ukraine gewünschten …" (participle) or "Kernforderung Kiews", "Absage der
    /// US-Regierung", "Widerspruch, den Putin …" (noun).
    private func localHolder(of cue: CueMention, kind: Codebook.StanceCue.Kind) -> ActorMention? {
        switch kind {
        case .participle:
            return analysis.actors.last { mention in
                guard mention.party != nil, mention.end <= cue.start, mention.end >= cue.start - 2 else { return false }
                let before = analysis.word(mention.start - 1) ?? ""
                let twoBefore = analysis.word(mention.start - 2) ?? ""
                return before == "von" || before == "vom" || (isDeterminer(before) && twoBefore == "von")
            }
        case .noun:
            if let before = analysis.actors.last(where: { $0.end == cue.start && $0.form == .genitive }) {
                return before
            }
            // "die russische Forderung nach …", "den ukrainischen Ambitionen": the adjective names the holder.
            if cue.start > 0, let adjective = codebook.parties.matches(in: analysis.tokens, at: cue.start - 1).first(where: {
                $0.payload.form == .adjective && $0.end == cue.start
            }) {
                return ActorMention(start: cue.start - 1, end: cue.start, party: adjective.payload.party, form: .adjective)
            }
            return analysis.actors.first { mention in
                guard mention.party != nil, mention.start >= cue.end, mention.start <= cue.end + 2 else { return false }
                let between = (cue.end..<mention.start).map { analysis.tokens[$0].lower }
                if between.allSatisfy({ ["der", "des", "von", "vom"].contains($0) }) { return true }
                // "der Vorstoß aus Paris und London": the place a proposal comes from.
                if between.first == "aus", mention.form == .alias, between.count == 1 || isDeterminer(between[1]) { return true }
                return between.count == 2 && between[0] == "," && ["den", "die", "das"].contains(between[1])
            }
        case .predicate, .preposition:
            return nil
        }
    }

    private func isPassive(clause: Int) -> Bool {
        analysis.tokens(ofClause: clause).contains { GermanWords.passiveAuxiliaries.contains(analysis.tokens[$0].lower) }
    }

    /// The parties after `von`, `vom` or `durch` in a passive clause, with those coordinated with the first.
    private func agents(inClause clause: Int) -> [ActorMention]? {
        guard let first = analysis.actors.first(where: { mention in
            guard mention.party != nil, analysis.clause[mention.start] == clause else { return false }
            let before = analysis.word(mention.start - 1)
            let twoBefore = analysis.word(mention.start - 2)
            // "die von Russland gestohlenen Gebiete": an attributive participle after the phrase is no passive.
            if analysis.tokens.indices.contains(mention.end + 1), analysis.tokens[mention.end].isWord,
                !analysis.tokens[mention.end].capitalized, analysis.tokens[mention.end + 1].capitalized,
                ["e", "en", "er", "es", "em"].contains(where: { analysis.tokens[mention.end].lower.hasSuffix($0) }),
                !GermanWords.coordinators.contains(analysis.tokens[mention.end].lower)
            {
                return false
            }
            return before.map(GermanWords.agentPrepositions.contains) == true
                || (before.map(isDeterminer) == true && twoBefore.map(GermanWords.agentPrepositions.contains) == true)
        }) else { return nil }
        return [first] + coordinated(after: first, inClause: clause)
    }

    /// Whether the cue's last word looks like a past participle: weak (-t: "unterzeichnet",
    /// "abgelehnt") or strong with ge- ("angeboten", "ausgeschlossen"), not an infinitive ("anerkennen").
    private func isParticiple(_ cue: CueMention) -> Bool {
        let word = analysis.tokens[cue.end - 1].lower
        return word.hasSuffix("t") || (word.hasSuffix("en") && word.contains("ge"))
    }

    /// The parties after `mit` in the clause of an agreement: "sich mit Trump geeinigt".
    private func partners(inClause clause: Int) -> [ActorMention] {
        guard let first = analysis.actors.first(where: { mention in
            guard mention.party != nil, analysis.clause[mention.start] == clause else { return false }
            return analysis.word(mention.start - 1) == "mit"
                || (analysis.word(mention.start - 1).map(isDeterminer) == true && analysis.word(mention.start - 2) == "mit")
        }) else { return [] }
        return [first] + coordinated(after: first, inClause: clause)
    }

    /// The parties named after `first` in a list: "von Selenskyj, von der Leyen und Michel".
    /// `strictly`: only joining words between the names, no title ("Großbritanniens und Frankreichs").
    private func coordinated(after first: ActorMention, inClause clause: Int, strictly: Bool = false) -> [ActorMention] {
        var result: [ActorMention] = []
        var last = first
        for next in analysis.actors where next.start >= first.end && next.party != nil {
            // A title without a party of its own may stand before the name ("und Ratspräsident Michel").
            let between = (last.end..<next.start).map { analysis.tokens[$0].lower }
            let joining = between.filter { GermanWords.coordinators.contains($0) || $0 == "," || isDeterminer($0) || $0 == "von" }
            let titles = strictly ? 0 : 1
            guard between.count <= 4, between.count - joining.count <= titles, between.isEmpty || !joining.isEmpty else { break }
            result.append(next)
            last = next
        }
        return result
    }

    /// The party after `durch` or `von` in the sentence: the agent of a passive.
    private func agent() -> ActorMention? {
        analysis.actors.first { mention in
            guard mention.party != nil else { return false }
            let before = analysis.word(mention.start - 1)
            let twoBefore = analysis.word(mention.start - 2)
            return before.map(GermanWords.agentPrepositions.contains) == true
                || (before.map(isDeterminer) == true && twoBefore.map(GermanWords.agentPrepositions.contains) == true)
        }
    }

    /// "In Washington …": a party named after `in`/`im` in the clause or before it.
    private func locative(upTo clause: Int) -> ActorMention? {
        analysis.actors.first { mention in
            guard mention.party != nil, analysis.clause[mention.start] <= clause else { return false }
            // "beim Gipfel in Washington": the place of a meeting is where it met, not who spoke.
            if analysis.tokens(ofClause: analysis.clause[mention.start]).contains(where: { index in
                index < mention.start && GermanWords.meetings.contains { analysis.tokens[index].lower.hasPrefix($0) }
            }) {
                return false
            }
            let before = analysis.word(mention.start - 1)
            let twoBefore = analysis.word(mention.start - 2)
            let preposition: Int
            if before == "in" || before == "im" {
                preposition = mention.start - 1
            } else if before.map(isDeterminer) == true && twoBefore == "in" {
                preposition = mention.start - 2
            } else {
                return false
            }
            return speaksForItsPlace(preposition: preposition, clause: analysis.clause[mention.start])
        }
    }

    /// "In Washington hieß es …", "in Moskau sieht man das anders": a place opening its clause, or
    /// beside an impersonal subject, stands for who speaks there. After the verb ("haben sich in Paris
    /// auf Garantien geeinigt") it is where something happened: a venue, no holder.
    private func speaksForItsPlace(preposition: Int, clause: Int) -> Bool {
        let words = analysis.tokens(ofClause: clause).filter { analysis.tokens[$0].isWord }
        guard let first = words.first else { return false }
        let opensClause = first == preposition
            || (words.count > 1 && words[1] == preposition && GermanWords.focusingParticles.contains(analysis.tokens[first].lower))
        return opensClause || words.contains { analysis.tokens[$0].lower == "man" }
    }
}
