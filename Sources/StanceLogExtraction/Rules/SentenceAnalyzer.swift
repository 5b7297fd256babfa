/// Finds tokens, clauses, quotes, party and topic mentions and stance cues in a sentence.
struct SentenceAnalyzer: Sendable {
    let codebook: CompiledCodebook

    /// Analyses `sentence`; `context` holds the tokens of the sentences just before it,
    /// where a topic cue's required words may also stand ("Nato" one sentence earlier).
    ///
    /// `referents` are the topics of the sentence before: a sentence that raises none itself but
    /// points back with a demonstrative ("Kiew lehnt das ab", "Moskau wies den Vorschlag zurück")
    /// speaks about them, the demonstrative standing in for the topic.
    func analyze(
        _ sentence: Sentence, in text: ScalarText, context: [Token] = [], referents: [Referent] = [],
        distantReferents: [Referent] = []
    ) -> SentenceAnalysis {
        let tokens = Tokenizer(lexicon: codebook.lexicon).tokens(in: text, range: sentence.range)
        var consumed = [Bool](repeating: false, count: tokens.count)
        var topics = topicMentions(tokens, context: context, consumed: &consumed)
        // "fordert einen Nato-Beitritt als Sicherheitsgarantie": the topic after `als` says what the one
        // before it is meant to be; the stance is on the first.
        let found = topics
        topics.removeAll { topic in
            guard let als = (max(0, topic.start - 3)..<topic.start).last(where: { tokens[$0].lower == "als" }),
                (als + 1..<topic.start).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized })
            else { return false }
            return found.contains { $0.end == als && $0.topic != topic.topic }
        }
        // "alle besetzten Gebiete zurückerobern": the verb of an inverted topic says what is done with the
        // place named as its object, which is no topic mention of its own; after `und` a second object
        // begins ("auf die Mitgliedschaft zu verzichten und einen neutralen Status anzunehmen").
        let objects = topics.filter { object in
            !object.inverted && topics.contains { verb in
                verb.inverted && verb.topic == object.topic && verb.start >= object.end && verb.start <= object.end + 4
                    && !tokens[verb.start].capitalized
                    && (object.end..<verb.start).allSatisfy { tokens[$0].isWord && !GermanWords.coordinators.contains(tokens[$0].lower) }
            }
        }
        topics.removeAll { objects.contains($0) }
        if topics.isEmpty, !referents.isEmpty, let (start, end) = anaphor(in: tokens) {
            topics = referents.map {
                TopicMention(start: start, end: end, topic: $0.topic, inverted: $0.inverted, anaphoric: true)
            }
            for covered in start..<end { consumed[covered] = true }
        } else if topics.isEmpty, !distantReferents.isEmpty, let (start, end) = demonstratedReferent(in: tokens) {
            topics = distantReferents.map {
                TopicMention(start: start, end: end, topic: $0.topic, inverted: $0.inverted, anaphoric: true)
            }
            for covered in start..<end { consumed[covered] = true }
        }
        let actors = actorMentions(tokens, consumed: &consumed)
        let (clause, quoted) = clauses(
            tokens, joining: listCommas(tokens, actors: actors).union(partyInsertionDashes(tokens, actors: actors)))
        guard !topics.isEmpty else {
            return SentenceAnalysis(
                sentence: sentence, tokens: tokens, clause: clause, quoted: quoted, actors: actors, topics: [],
                cues: [], negations: [])
        }
        var (cues, inCue) = cueMentions(tokens, clause: clause)
        // "Selenskyj dagegen hatte erklärt, …": right after a name or noun, `dagegen` contrasts, it rejects nothing.
        if cues.contains(where: { isContrastive(tokens, at: $0.start, cue: $0) }) {
            cues.removeAll { isContrastive(tokens, at: $0.start, cue: $0) }
            inCue = Self.coverage(of: cues, count: tokens.count)
        }
        // "versprach, die Ukraine werde nicht beitreten": a forecast is the stance only where nothing else says it.
        if cues.contains(where: { !codebook.source.stanceCues[$0.cue].forecast }),
            cues.contains(where: { codebook.source.stanceCues[$0.cue].forecast })
        {
            cues.removeAll { codebook.source.stanceCues[$0.cue].forecast }
            inCue = Self.coverage(of: cues, count: tokens.count)
        }
        // "innerhalb ihrer international anerkannten Grenzen": a word of the topic's own wording is no cue.
        // A cue with words between its parts ("auf seinen Gebietsforderungen bestehen") frames the topic
        // between them; only its own first and last word count.
        let named = topics.filter { !$0.anaphoric }
        func overlapsTopic(_ cue: CueMention) -> Bool {
            named.contains { topic in (topic.start..<topic.end).contains(cue.start) || (topic.start..<topic.end).contains(cue.end - 1) }
        }
        if cues.contains(where: overlapsTopic) {
            cues.removeAll(where: overlapsTopic)
            inCue = Self.coverage(of: cues, count: tokens.count)
        }
        if let anaphor = topics.first, anaphor.anaphoric {
            // "diesen Plan" stands for the topic; its noun is no cue of its own, and only a cue of
            // some weight ("lehnt … ab", "fordert") takes up what the sentence before said. A word that
            // takes no object ("winkt ab", "ist dagegen") is both the cue and what points back.
            let objectless = GermanWords.objectless.contains(tokens[anaphor.start].lower)
            cues.removeAll { cue in
                (!objectless && cue.start < anaphor.end && cue.end > anaphor.start)
                    || codebook.source.stanceCues[cue.cue].weight < 1
            }
            inCue = Self.coverage(of: cues, count: tokens.count)
        }
        var negations: [Int] = []
        for index in tokens.indices where !inCue[index] && !codebook.negators.matches(in: tokens, at: index).isEmpty {
            let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
            if next != "nur" && next != "zuletzt" { negations.append(index) }
        }
        return SentenceAnalysis(
            sentence: sentence, tokens: tokens, clause: clause, quoted: quoted, actors: actors, topics: topics,
            cues: cues, negations: negations)
    }

    /// The clause of each token and whether it stands in a quotation. A boundary ends a clause,
    /// except a short parenthesis ("Merz (CDU) und Macron fordern …") and a comma in a list of parties.
    private func clauses(_ tokens: [Token], joining listCommas: Set<Int>) -> ([Int], [Bool]) {
        var clause: [Int] = []
        var quoted: [Bool] = []
        var current = 0
        var inQuote = false
        var shortParenthesis = Set<Int>()
        for index in tokens.indices where tokens[index].lower == "(" {
            if let close = tokens[index...].prefix(6).firstIndex(where: { $0.lower == ")" }) {
                shortParenthesis.insert(index)
                shortParenthesis.insert(close)
            }
        }
        let insertions = Self.insertionCommas(tokens)
        for (index, token) in tokens.enumerated() {
            let ends = token.kind == .boundary && !shortParenthesis.contains(index) && !listCommas.contains(index)
                && !insertions.contains(index)
            if ends || startsCoordinatedPredicate(tokens, at: index) { current += 1 }
            if token.kind == .quote { inQuote.toggle() }
            clause.append(current)
            quoted.append(inQuote)
        }
        return (clause, quoted)
    }

    /// "…, insbesondere europäische oder amerikanische, …", "…, darunter die USA, …": the two commas of an
    /// inserted specification (at most eight words, opened by `insbesondere`, `darunter`, `namentlich`,
    /// `vor allem`, `etwa`) end no clause.
    static func insertionCommas(_ tokens: [Token]) -> Set<Int> {
        var result = Set<Int>()
        for index in tokens.indices where tokens[index].lower == "," && index + 1 < tokens.count {
            let next = tokens[index + 1].lower
            let opens = ["insbesondere", "darunter", "namentlich", "etwa"].contains(next)
                || (next == "vor" && index + 2 < tokens.count && tokens[index + 2].lower == "allem")
            guard opens, let close = tokens[(index + 1)...].prefix(9).firstIndex(where: { $0.lower == "," }),
                tokens[(index + 1)..<close].allSatisfy({ $0.kind != .boundary && $0.kind != .quote })
            else { continue }
            result.insert(index)
            result.insert(close)
        }
        return result
    }

    /// "die wichtigen Nato-Staaten – USA und Deutschland – sperren sich": two dashes around nothing but
    /// parties and the words that join them insert who the noun before them means, and end no clause.
    private func partyInsertionDashes(_ tokens: [Token], actors: [ActorMention]) -> Set<Int> {
        let dashes: Set<String> = ["-", "\u{2013}", "\u{2014}"]
        // Most sentences have no dash: no per-token table for them.
        guard tokens.contains(where: { $0.kind == .boundary && dashes.contains($0.lower) }) else { return [] }
        var inParty = [Bool](repeating: false, count: tokens.count)
        for actor in actors where actor.party != nil { for index in actor.start..<actor.end { inParty[index] = true } }
        var result = Set<Int>()
        for open in tokens.indices where tokens[open].kind == .boundary && dashes.contains(tokens[open].lower) {
            guard let close = tokens[(open + 1)...].prefix(9).firstIndex(where: { dashes.contains($0.lower) }),
                close > open + 1, tokens[close].kind == .boundary,
                (open + 1..<close).contains(where: { inParty[$0] }),
                (open + 1..<close).allSatisfy({ index in
                    inParty[index] || tokens[index].lower == "," || GermanWords.coordinators.contains(tokens[index].lower)
                        || GermanWords.determiners.contains(tokens[index].lower)
                })
            else { continue }
            result.insert(open)
            result.insert(close)
        }
        return result
    }

    /// "Frankreich, Großbritannien und Deutschland fordern …", "die USA, die Slowakei und Deutschland":
    /// the commas of a list that runs from one party to another, through names of other states and
    /// ending in a coordinator, join the list into one clause.
    private func listCommas(_ tokens: [Token], actors: [ActorMention]) -> Set<Int> {
        var result = Set<Int>()
        var ends: [Int: Int] = [:]
        for actor in actors where actor.party != nil { ends[actor.start] = actor.end }
        for actor in actors where actor.party != nil && actor.end < tokens.count && tokens[actor.end].lower == "," {
            // "Garantien von den USA, Russland und Frankreich": a list in a prepositional phrase holds no subject.
            var before = actor.start - 1
            if before >= 0, GermanWords.determiners.contains(tokens[before].lower) { before -= 1 }
            if before >= 0, GermanWords.prepositions.contains(tokens[before].lower) { continue }
            var commas: [Int] = []
            var coordinated = false
            var index = actor.end
            while index < tokens.count, index <= actor.end + 12 {
                if let end = ends[index] {
                    if coordinated {
                        result.formUnion(commas)
                        break
                    }
                    index = end
                    continue
                }
                let token = tokens[index]
                if token.lower == "," {
                    commas.append(index)
                } else if GermanWords.coordinators.contains(token.lower) {
                    coordinated = true
                } else if !(token.isWord && (token.capitalized || GermanWords.determiners.contains(token.lower))) {
                    // "die USA, Deutschland und die anderen G7-Länder": the list ends in a coordinated non-party.
                    if coordinated { result.formUnion(commas) }
                    break
                }
                index += 1
            }
        }
        return result
    }

    /// A topic of the sentence before and whether what it proposed was its opposite ("Putin bot
    /// eine Waffenruhe an, wenn die Ukraine nicht der Nato beitritt": the referent is no membership).
    struct Referent: Hashable, Sendable {
        let topic: Int
        let inverted: Bool
    }

    /// Nouns that take up what the sentence before proposed or signed: "den Vorschlag", "diese Forderung",
    /// "das Dokument".
    static let referentNouns: Set<String> = [
        "vorschlag", "vorschläge", "forderung", "forderungen", "plan", "pläne", "angebot", "idee", "ansinnen",
        "szenario", "option", "variante", "modell", "bedingung", "bedingungen", "schritt", "dokument", "abkommen",
        "vereinbarung", "vertrag", "papier",
    ]

    /// Nouns that take up the sentence before's topic only after a demonstrative: "diesen Weg",
    /// "diese Frage" ("den Weg" and "die Frage" are as often new).
    static let demonstratedNouns: Set<String> = [
        "weg", "frage", "punkt", "thema", "wunsch", "kurs", "ziel", "anliegen", "ansatz", "lösung", "kompromiss",
    ]

    /// Every noun that may take up what the sentence before named, with or without a demonstrative.
    static let takenUpNouns = referentNouns.union(demonstratedNouns)

    /// "das", "dies", "demselben" standing alone as an object or subject, or a demonstrative or
    /// article with a referent noun ("den Vorschlag", "diese Forderung"): the token range.
    private func anaphor(in tokens: [Token]) -> (Int, Int)? {
        for index in tokens.indices where tokens[index].isWord {
            let word = tokens[index].lower
            if GermanWords.objectless.contains(word) { return (index, index + 1) }
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if ["dies", "demselben", "dasselbe", "diesem"].contains(word), next?.capitalized != true { return (index, index + 1) }
            // "ein entsprechendes bilaterales Abkommen": the noun after `entsprechend` is of the kind just named.
            if word.hasPrefix("entsprechend"), word.count > "entsprechend".count,
                let noun = (index + 1..<min(index + 4, tokens.count)).first(where: { tokens[$0].isWord && tokens[$0].capitalized })
            {
                return (index, noun + 1)
            }
            // "Daran sollten die USA beteiligt sein": what a party should do, said by nobody named, states nothing.
            if GermanWords.pronominalAdverbs.contains(word), !pointsAhead(tokens, after: index),
                !tokens.indices.contains(where: { position in
                    GermanWords.formsOfSollen.contains(tokens[position].lower)
                        || !codebook.obligation.matches(in: tokens, at: position).isEmpty
                })
            {
                return (index, index + 1)
            }
            if word == "das", next.map({ !$0.isWord || !$0.capitalized }) ?? true,
                index > 0 || next?.lower != "ist"
            {
                return (index, index + 1)
            }
            if ["den", "die", "das", "diesen", "diese", "dieses", "diesem", "dieser", "einen", "solchen", "solche", "solches"]
                .contains(word), let next, Self.referentNouns.contains(next.lower)
            {
                return (index, index + 2)
            }
            if ["diesen", "diese", "dieses", "diesem", "dieser"].contains(word), let next,
                Self.demonstratedNouns.contains(next.lower)
            {
                return (index, index + 2)
            }
            // "der ukrainische Wunsch": a party's adjective makes the noun the party's known aim.
            if ["der", "den", "dem", "die", "das"].contains(word), index + 2 < tokens.count,
                Self.takenUpNouns.contains(tokens[index + 2].lower),
                codebook.parties.matches(in: tokens, at: index + 1).contains(where: { $0.payload.form == .adjective && $0.end == index + 2 })
            {
                return (index, index + 3)
            }
        }
        return nil
    }

    /// Whether the token is capitalised where a verb would not be: after another word of the
    /// sentence that ends no quotation, colon or dash.
    private func isNounInside(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].capitalized,
            let previous = tokens[..<index].last, previous.isWord || [",", ")"].contains(previous.lower)
        else { return false }
        return true
    }

    /// Whether a pronominal adverb announces what follows it rather than taking up what came before:
    /// "dazu bereit, Truppen zu entsenden", "darauf bestehen, dass …".
    private func pointsAhead(_ tokens: [Token], after index: Int) -> Bool {
        let rest = tokens[(index + 1)...]
        return rest.contains { ["dass", "ob", ":"].contains($0.lower) }
            || zip(rest, rest.dropFirst()).contains { $0.lower == "zu" && $1.isWord && !$1.capitalized }
    }

    /// A demonstrative with a noun that names what was proposed ("diese Forderung", "dieser Plan"): it
    /// may take up a topic raised a few sentences back, which a bare "das" may not.
    private func demonstratedReferent(in tokens: [Token]) -> (Int, Int)? {
        for index in tokens.indices.dropLast() where tokens[index].isWord {
            if ["diesen", "diese", "dieses", "diesem", "dieser"].contains(tokens[index].lower),
                Self.takenUpNouns.contains(tokens[index + 1].lower)
            {
                return (index, index + 2)
            }
        }
        return nil
    }

    /// Which tokens the cues cover, after some were dropped.
    private static func coverage(of cues: [CueMention], count: Int) -> [Bool] {
        var covered = [Bool](repeating: false, count: count)
        for cue in cues { for index in cue.start..<cue.end { covered[index] = true } }
        return covered
    }

    /// Whether a one-word cue is a contrastive adverb standing right after a capitalised word.
    private func isContrastive(_ tokens: [Token], at index: Int, cue: CueMention) -> Bool {
        cue.end == index + 1 && GermanWords.contrastive.contains(tokens[index].lower) && index > 0
            && tokens[index - 1].isWord && tokens[index - 1].capitalized
    }

    /// `… zurück und forderte …`: a conjunction that starts a second predicate with its own cue.
    private func startsCoordinatedPredicate(_ tokens: [Token], at index: Int) -> Bool {
        guard ["und", "aber", "sondern", "doch"].contains(tokens[index].lower), index + 1 < tokens.count else {
            return false
        }
        // "… und lehnt Gebietsabtretungen ab": a separable verb counts when its particle follows.
        return codebook.stances.matches(in: tokens, at: index + 1).contains { match in
            guard codebook.source.stanceCues[match.payload.cue].kind == .predicate else { return false }
            guard let particle = match.payload.particle else { return true }
            return tokens[match.end...].contains { $0.isWord && particle.matches($0.lower) }
        }
    }

    private func topicMentions(_ tokens: [Token], context: [Token], consumed: inout [Bool]) -> [TopicMention] {
        var result: [TopicMention] = []
        var index = 0
        var satisfied: [Int: Bool] = [:]
        while index < tokens.count {
            let found = codebook.topics.matches(in: tokens, at: index).first { match in
                guard let requirement = codebook.topicRequirements[match.payload.topic][match.payload.cue] else {
                    return true
                }
                let key = match.payload.topic * 1_000 + match.payload.cue
                if let known = satisfied[key] { return known }
                let found = requirement.occurs(in: tokens) || requirement.occurs(in: context)
                satisfied[key] = found
                return found
            }
            guard let found else {
                index += 1
                continue
            }
            let cue = codebook.source.topics[found.payload.topic].cues[found.payload.cue]
            result.append(
                TopicMention(start: index, end: found.end, topic: found.payload.topic, inverted: cue.inverted))
            for covered in index..<found.end { consumed[covered] = true }
            index = found.end
        }
        return result
    }

    private func actorMentions(_ tokens: [Token], consumed: inout [Bool]) -> [ActorMention] {
        var result: [ActorMention] = []
        var index = Self.datelineEnd(tokens)
        while index < tokens.count {
            if consumed[index] || !tokens[index].isWord {
                index += 1
                continue
            }
            if let excluded = codebook.excluded.matches(in: tokens, at: index).first {
                index = excluded.end
                continue
            }
            if let other = codebook.nonParties.matches(in: tokens, at: index).first {
                result.append(ActorMention(start: index, end: other.end, party: nil, form: .nonParty))
                index = other.end
                continue
            }
            guard let match = codebook.parties.matches(in: tokens, at: index).first(where: { candidate in
                (index..<candidate.end).allSatisfy { !consumed[$0] }
            }) else {
                index += 1
                continue
            }
            let party = match.payload.party
            switch match.payload.form {
            case .adjective, .genitive:
                let roleStart = Self.afterTruncatedCompound(tokens, at: match.end)
                if roleStart < tokens.count, !consumed[roleStart],
                    let role = codebook.roles.matches(in: tokens, at: roleStart).first
                {
                    result.append(ActorMention(start: index, end: role.end, party: party, form: .role))
                    index = role.end
                    continue
                }
                if match.payload.form == .genitive {
                    result.append(ActorMention(start: index, end: match.end, party: party, form: .genitive))
                }
            case .alias:
                result.append(ActorMention(start: index, end: match.end, party: party, form: .alias))
            case .person:
                result.append(ActorMention(start: index, end: match.end, party: party, form: .person))
            }
            index = match.end
        }
        return result
    }

    /// "die europäischen Staats- und Regierungschefs": the role after a first part that shares its head;
    /// the index itself where none stands there.
    static func afterTruncatedCompound(_ tokens: [Token], at index: Int) -> Int {
        var next = index
        guard next < tokens.count, tokens[next].isWord, tokens[next].capitalized else { return index }
        next += 1
        if next < tokens.count, tokens[next].lower == "-" { next += 1 } else if !tokens[index].lower.hasSuffix("-") { return index }
        guard next < tokens.count, ["und", "oder"].contains(tokens[next].lower) else { return index }
        return next + 1
    }

    /// "BERLIN (dpa-AFX) - …", "Kiew (AFP) – …": a place and an agency in brackets before a dash
    /// say where the report was filed, not who speaks; the index after the dash, else 0.
    static func datelineEnd(_ tokens: [Token]) -> Int {
        guard let open = tokens.prefix(3).firstIndex(where: { $0.lower == "(" }), open > 0,
            tokens[..<open].allSatisfy({ $0.isWord && $0.capitalized }),
            let close = tokens[open...].prefix(6).firstIndex(where: { $0.lower == ")" }),
            tokens.indices.contains(close + 1), ["-", "–", "—"].contains(tokens[close + 1].lower)
        else { return 0 }
        return close + 2
    }

    private func cueMentions(_ tokens: [Token], clause: [Int]) -> ([CueMention], [Bool]) {
        var result: [CueMention] = []
        var inCue = [Bool](repeating: false, count: tokens.count)
        for index in tokens.indices {
            for match in codebook.stances.matches(in: tokens, at: index) {
                let cue = match.payload.cue
                if let requirement = codebook.stanceRequirements[cue], !requirement.occurs(in: tokens) { continue }
                // "die Zusage Washingtons": a capitalised word inside the sentence is a noun, not a form
                // of the verb it spells (`zusagen`), so only the noun's own entry may take it.
                if codebook.source.stanceCues[cue].verb != nil, isNounInside(tokens, at: index) { continue }
                var particle: Int?
                if let pattern = match.payload.particle {
                    particle = (match.end..<tokens.count).first { other in
                        clause[other] == clause[index] && tokens[other].isWord && pattern.matches(tokens[other].lower)
                    }
                    guard particle != nil else { continue }
                }
                // A cue inside another is dropped, unless the two speak about different topics
                // ("verzichten" rejects a membership but cedes land).
                let topics = codebook.source.stanceCues[cue].topics
                if result.contains(where: { other in
                    other.start <= index && other.end >= match.end
                        && (topics.isEmpty || codebook.source.stanceCues[other.cue].topics.isEmpty
                            || codebook.source.stanceCues[other.cue].topics == topics)
                }) {
                    continue
                }
                result.append(CueMention(start: index, end: match.end, cue: cue, particle: particle))
                for covered in index..<match.end { inCue[covered] = true }
            }
        }
        return (result, inCue)
    }
}
