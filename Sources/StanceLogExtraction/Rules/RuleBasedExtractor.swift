public import StanceLogCore

/// The default extractor: deterministic rules driven by the codebook.
///
/// Reads the article (dropping boilerplate), splits sentences, finds in each the
/// topics, the stance cues and the party that holds each cue, and merges repeated
/// (party, topic, stance) of one article into one statement with several evidence
/// spans. The same text always gives the same statements.
///
/// A sentence longer than ``maximumSentenceLength`` is not analysed: no German
/// sentence in the seeds or the corpus comes near it (the longest has under 800
/// characters), such runs are tables, lists or broken scrapes, and skipping them
/// keeps the time per article linear in its length.
public struct RuleBasedExtractor: StatementExtractor {
    public static let name = "rules"
    public static let version = "1.14.0"
    /// The longest sentence the rules analyse, in Unicode scalars.
    public static let maximumSentenceLength = 2_000

    public let codebook: Codebook
    /// Turns each statement's signals into its `confidence` (``ConfidenceScorer``).
    public let scorer: ConfidenceScorer
    private let compiled: CompiledCodebook

    /// An extractor scoring confidence with the bundled weights.
    ///
    /// The weights are part of the installation like the verb forms; should they be missing or
    /// broken, every statement gets confidence 0.5 (a test keeps the shipped file valid).
    public init(codebook: Codebook) {
        self.init(codebook: codebook, scorer: (try? ConfidenceScorer.bundled()) ?? ConfidenceScorer.unfitted)
    }

    public init(codebook: Codebook, scorer: ConfidenceScorer) {
        self.codebook = codebook
        self.scorer = scorer
        compiled = CompiledCodebook(codebook)
    }

    public var identity: ExtractorIdentity {
        ExtractorIdentity(name: Self.name, version: Self.version, codebook: codebook.identity)
    }

    public func extract(from text: NormalizedText) -> [ExtractedStatement] {
        var explanations: [SentenceExplanation]?
        return StatementMerger(scorer: scorer).merge(run(text, explanations: &explanations))
    }

    /// Every statement with the signals its confidence was scored from, before the scorer's
    /// threshold (if any) drops the weak ones: what `Scripts/fit-confidence` fits on.
    public func scoredStatements(from text: NormalizedText) -> [(statement: ExtractedStatement, signals: CandidateSignals)] {
        var explanations: [SentenceExplanation]?
        return StatementMerger(scorer: scorer).scored(run(text, explanations: &explanations))
    }

    /// What the rules saw in each sentence that raised a topic or held a cue, and why each
    /// pair of topic and cue did or did not become a statement (`extract --explain`).
    public func explain(_ text: NormalizedText) -> [SentenceExplanation] {
        var explanations: [SentenceExplanation]? = []
        _ = run(text, explanations: &explanations)
        return explanations ?? []
    }

    private func run(_ text: NormalizedText, explanations: inout [SentenceExplanation]?) -> [Candidate] {
        let scalars = ScalarText(text)
        let metadata = ArticleReader().read(scalars)
        let sentences = SentenceSplitter().sentences(in: scalars, blocks: metadata.body)
        let analyzer = SentenceAnalyzer(codebook: compiled)
        let rules = StanceRules(codebook: compiled, scorer: scorer)
        var candidates: [Candidate] = []
        var antecedent: Antecedent?
        var latest: Antecedent?
        var context: [[Token]] = []
        var earlier: [SentenceAnalysis] = []
        let window = codebook.negotiation.window
        var referents: [SentenceAnalyzer.Referent] = []
        var distant: (referents: [SentenceAnalyzer.Referent], age: Int) = ([], 0)
        // Whether `referents` were kept over a sentence that raised no topic ("Frankreich plant eine
        // Truppe. Daran sollen sich andere beteiligen. Deutschland hat dies abgelehnt."): one such
        // sentence may stand between a topic and the demonstrative that takes it up, not two.
        var relayed = false
        var documentOwner: DocumentOwner?
        var carried: Antecedent?
        var previousSubject: Antecedent?
        var previousSubjects: [Antecedent] = []
        // A sentence that opens a quotation and found no holder, with what it saw before it: the
        // next sentence may close the quotation and name its speaker ("„… .“ sagte Merz.").
        var openQuote: (analysis: SentenceAnalysis, antecedent: Antecedent?, earlier: [SentenceAnalysis])?
        // The speaker named in a sentence that quotes ("„…“, sagte Merz." or "Merz sagte:"): a quotation
        // that goes on in the next sentence is still theirs.
        var lastSpeaker: Antecedent?
        // Sentences since the last statement that raised a topic with a cue but found no holder: a
        // sentence that credits them next ("Das sagte Putin am Freitag.") names their speaker.
        var uncredited: [(analysis: SentenceAnalysis, antecedent: Antecedent?, earlier: [SentenceAnalysis])] = []
        var quoteLeftOpen = false
        for sentence in sentences where sentence.range.count <= Self.maximumSentenceLength {
            let analysis = analyzer.analyze(
                sentence, in: scalars, context: context.flatMap { $0 }, referents: referents,
                distantReferents: distant.age <= 3 ? distant.referents : [])
            if let open = openQuote,
                let speaker = HolderResolver(codebook: compiled, analysis: analysis, antecedent: antecedent).quoteSpeaker()
            {
                var none: StanceRules.Trace?
                candidates += rules.candidates(
                    in: open.analysis, antecedent: open.antecedent, earlier: open.earlier, carried: speaker,
                    carriedSpeaksThisQuote: true, trace: &none)
            }
            openQuote = nil
            if !uncredited.isEmpty, let speaker = Self.creditedSpeaker(in: analysis, antecedent: antecedent, codebook: compiled) {
                var none: StanceRules.Trace?
                for pending in uncredited {
                    candidates += rules.candidates(
                        in: pending.analysis, antecedent: pending.antecedent, earlier: pending.earlier, carried: speaker,
                        carriedSpeaksThisQuote: true, trace: &none)
                }
                uncredited = []
            }
            let first = candidates.count
            context = Array((context + [analysis.tokens]).suffix(2))
            var trace: StanceRules.Trace? = explanations == nil ? nil : StanceRules.Trace()
            if !analysis.topics.isEmpty, !analysis.cues.isEmpty {
                let quoteGoesOn = (analysis.tokens.first?.kind == .quote || quoteLeftOpen) && lastSpeaker != nil
                candidates += rules.candidates(
                    in: analysis, antecedent: antecedent, earlier: earlier, carried: quoteGoesOn ? lastSpeaker : carried,
                    carriedSpeaksThisQuote: quoteGoesOn, latest: latest, previousSubject: previousSubject,
                    previousSubjects: previousSubjects, documentOwner: documentOwner, trace: &trace)
            } else if !analysis.topics.isEmpty {
                trace?.skipped = "no stance cue in the sentence"
            }
            if let trace, !analysis.topics.isEmpty {
                explanations?.append(explanation(of: analysis, trace: trace))
            }
            if candidates.count == first, !analysis.cues.isEmpty, Self.opensQuote(analysis) {
                openQuote = (analysis, antecedent, earlier)
            } else if candidates.count == first, !analysis.cues.isEmpty, analysis.topics.contains(where: { !$0.anaphoric }) {
                uncredited = (uncredited + [(analysis, antecedent, earlier)]).suffix(2)
            } else if candidates.count > first || analysis.actors.contains(where: { $0.party != nil }) {
                uncredited = []
            }
            if analysis.topics.isEmpty, !relayed, !referents.isEmpty, Self.pointsBack(analysis) {
                relayed = true
            } else {
                referents = Self.referents(of: analysis, stated: candidates[first...], codebook: codebook)
                relayed = false
            }
            if !referents.isEmpty, !analysis.topics.contains(where: \.anaphoric) {
                distant = (referents, 0)
            } else {
                distant.age += 1
            }
            let quotes = analysis.tokens.count(where: { $0.kind == .quote })
            let wasOpen = quoteLeftOpen
            quoteLeftOpen = quotes % 2 == 1 ? !quoteLeftOpen : quoteLeftOpen
            if quotes > 0 || analysis.tokens.last?.lower == ":",
                let speaker = Self.speaker(of: analysis, antecedent: antecedent, codebook: compiled)
            {
                lastSpeaker = speaker
            } else if !(wasOpen && quoteLeftOpen) {
                // "Merz sagte: „Wir wollen Frieden. Aber …“": the speaker stays while the quotation is open.
                lastSpeaker = nil
            }
            // Reported speech goes on in the next sentence only from a sentence that stated something;
            // a sentence that names a party and states nothing ends it.
            let sentenceResolver = HolderResolver(codebook: compiled, analysis: analysis, antecedent: nil)
            if let holder = candidates[first...].first,
                let index = codebook.parties.firstIndex(where: { $0.id == holder.party })
            {
                carried = Antecedent(
                    mention: ActorMention(start: 0, end: 0, party: index, form: .alias),
                    text: holder.speaker ?? codebook.parties[index].name)
            } else if sentenceResolver.source(in: 0..<analysis.tokens.count).isBlocked {
                // "…, sagte der Friedensforscher": a non-party now speaks, and what follows is his.
                carried = nil
            } else if analysis.topics.isEmpty, sentenceResolver.speaksInKonjunktiv(),
                let speaker = Self.speaker(of: analysis, antecedent: antecedent, codebook: compiled)
            {
                // "Einige Punkte seien annehmbar, sagte Uschakow. Eine rote Linie bleibe …": reported speech on
                // other matters goes on in the next sentence too.
                carried = speaker
            } else if analysis.actors.contains(where: { mention in
                guard let party = mention.party, !Self.isOblique(mention, in: analysis) else { return false }
                return !codebook.topics.contains { $0.about == codebook.parties[party].id }
            }) {
                carried = nil
            }
            if window > 0 {
                if earlier.count == window { earlier.removeFirst() }
                earlier.append(analysis)
            }
            // "Scholz sagte, er habe Putin zugesichert, … Er lehne … ab": `er` in the next sentence is the
            // person who was the subject, before any other person named.
            let last = analysis.actors.last(where: { $0.party != nil && ($0.form == .person || $0.form == .role) })
            let subjects = Self.subjectMentions(of: analysis, codebook: compiled)
            let subject = subjects.first
            // Both ways of naming an owner need a document noun; most sentences have none.
            let namesDocument = DocumentOwner.mentionsDocument(analysis)
            if namesDocument,
                let named = DocumentOwner.named(in: analysis) ?? DocumentOwner.presented(in: analysis, by: subject)
            {
                documentOwner = named
            } else if var owner = documentOwner {
                owner.age = namesDocument ? 0 : owner.age + 1
                documentOwner = owner.age > DocumentOwner.reach ? nil : owner
            }
            if let person = Self.person(subject) ?? last {
                antecedent = Antecedent(mention: person, text: analysis.text(of: person.start, person.end))
            }
            if let last { latest = Antecedent(mention: last, text: analysis.text(of: last.start, last.end)) }
            previousSubjects = subjects.map { mention in
                Antecedent(
                    mention: ActorMention(start: 0, end: 0, party: mention.party, form: .alias),
                    text: analysis.text(of: mention.start, mention.end))
            }
            if let subject = Self.party(subject, codebook: compiled) {
                previousSubject = Antecedent(
                    mention: ActorMention(start: 0, end: 0, party: subject.party, form: subject.form),
                    text: analysis.text(of: subject.start, subject.end))
            } else if analysis.actors.contains(where: { mention in
                guard let party = mention.party else { return false }
                return !codebook.topics.contains { $0.about == codebook.parties[party].id }
            }) {
                previousSubject = nil
            }
        }
        return candidates
    }

    /// The subject (``firstSubject(of:codebook:)``) when it is a person or role.
    private static func person(_ subject: ActorMention?) -> ActorMention? {
        subject.flatMap { $0.form == .person || $0.form == .role ? $0 : nil }
    }

    /// The subject (``firstSubject(of:codebook:)``) as a party in any form, unless it is a party a
    /// topic is about (the one obligations are laid on).
    private static func party(_ subject: ActorMention?, codebook: CompiledCodebook) -> ActorMention? {
        subject.flatMap { first in
            guard let party = first.party,
                !codebook.source.topics.contains(where: { $0.about == codebook.source.parties[party].id })
            else { return nil }
            return first
        }
    }

    /// The first mention of the subject of the sentence's first clause with a subject; nil when that
    /// subject is no party.
    private static func firstSubject(of analysis: SentenceAnalysis, codebook: CompiledCodebook) -> ActorMention? {
        subjectMentions(of: analysis, codebook: codebook).first
    }

    /// Every party mention of the subject of the sentence's first clause with a subject ("Die Ukraine und
    /// die USA"); empty when that subject is no party.
    private static func subjectMentions(of analysis: SentenceAnalysis, codebook: CompiledCodebook) -> [ActorMention] {
        let resolver = HolderResolver(codebook: codebook, analysis: analysis, antecedent: nil)
        for clause in 0...(analysis.clause.last ?? 0) {
            switch resolver.subject(ofClause: clause) {
            case .party(let mentions): return mentions
            case .blocked: return []
            case .none: continue
            }
        }
        return []
    }

    /// Who speaks in a sentence that quotes: a source marker with its party ("sagte Merz", "laut
    /// Kreml"), else the party subject of the first clause when the sentence has a verb of saying
    /// ("Merz sagte: „…").
    private static func speaker(of analysis: SentenceAnalysis, antecedent: Antecedent?, codebook: CompiledCodebook) -> Antecedent? {
        let resolver = HolderResolver(codebook: codebook, analysis: analysis, antecedent: antecedent)
        if let speaker = resolver.quoteSpeaker() { return speaker }
        guard codebook.speech.occurs(in: analysis.tokens),
            case .party(let mentions) = resolver.subject(ofClause: 0), let first = mentions.first
        else { return nil }
        return Antecedent(
            mention: ActorMention(start: 0, end: 0, party: first.party, form: .alias), text: analysis.text(of: first.start, first.end))
    }

    /// Whether the sentence starts with a quotation mark that it does not close.
    private static func opensQuote(_ analysis: SentenceAnalysis) -> Bool {
        guard analysis.tokens.first?.kind == .quote else { return false }
        return analysis.tokens.filter { $0.kind == .quote }.count % 2 == 1
    }

    /// The speaker a sentence credits with what was said just before it: it opens with `das` or `dies`
    /// and a verb of saying names the party ("Das sagte Merz.", "Dies erklärte Peskow.", "Das hat Putin
    /// am Freitag gesagt."), or with "Mit diesen Worten" ("Mit diesen Worten reagierte Lawrow …").
    private static func creditedSpeaker(
        in analysis: SentenceAnalysis, antecedent: Antecedent?, codebook: CompiledCodebook
    ) -> Antecedent? {
        let words = analysis.tokens.filter(\.isWord).prefix(3).map(\.lower)
        // "Mit diesen Worten reagierte Lawrow auf …": the words are the quotation before, whatever follows.
        let withTheseWords = words.count == 3 && words[0] == "mit" && ["diesen", "solchen"].contains(words[1])
            && GermanWords.wordsOfSpeech.contains(words[2])
        guard withTheseWords
            || (words.first.map { ["das", "dies"].contains($0) } == true && analysis.topics.allSatisfy(\.anaphoric)
                && codebook.speech.occurs(in: analysis.tokens))
        else { return nil }
        if let speaker = HolderResolver(codebook: codebook, analysis: analysis, antecedent: antecedent).quoteSpeaker() {
            return speaker
        }
        return firstSubject(of: analysis, codebook: codebook).map { subject in
            Antecedent(
                mention: ActorMention(start: 0, end: 0, party: subject.party, form: .alias),
                text: analysis.text(of: subject.start, subject.end))
        }
    }

    /// "Die Einladung sei bei der Nato mit der Mitgliedschaft verbunden": a party named after a
    /// preposition is talked about, it does not take over the reported speech.
    private static func isOblique(_ mention: ActorMention, in analysis: SentenceAnalysis) -> Bool {
        guard let before = analysis.word(mention.start - 1) else { return false }
        if GermanWords.prepositions.contains(before) { return true }
        return GermanWords.determiners.contains(before)
            && analysis.word(mention.start - 2).map(GermanWords.prepositions.contains) == true
    }

    /// Whether a sentence that raises no topic still speaks about the one before it, by a
    /// pronominal adverb or a demonstrative ("Daran sollen sich …", "Dazu sei man bereit", "Dies …"),
    /// so that the sentence after it may take the same topic up.
    private static func pointsBack(_ analysis: SentenceAnalysis) -> Bool {
        analysis.tokens.contains { GermanWords.pointingBack.contains($0.lower) }
    }

    /// The topics a demonstrative in the next sentence may take up, each with the polarity of
    /// what this sentence put forward: a demand or proposal stated here gives its own sign
    /// ("Moskau verlangt den Verzicht auf den Beitritt" → no membership); otherwise the
    /// topic's own wording ("Grenzen vor 2014" is the opposite of ceding).
    private static func referents(
        of analysis: SentenceAnalysis, stated: ArraySlice<Candidate>, codebook: Codebook
    ) -> [SentenceAnalyzer.Referent] {
        var result: [SentenceAnalyzer.Referent] = []
        // "…, dass die Ukraine Sicherheitsgarantien benötigt, um ihre territoriale Integrität verteidigen zu
        // können": where the sentence stated something, what it stated is what the next one takes up.
        let statedTopics = Set(stated.map(\.topic))
        for topic in analysis.topics where !result.contains(where: { $0.topic == topic.topic }) {
            let id = codebook.topics[topic.topic].id
            if !statedTopics.isEmpty, !statedTopics.contains(id) { continue }
            if let proposal = stated.first(where: { $0.topic == id && $0.cueStance > 0 }) {
                result.append(.init(topic: topic.topic, inverted: proposal.stance.value < 0))
            } else {
                result.append(.init(topic: topic.topic, inverted: topic.inverted))
            }
        }
        return result
    }

    private func explanation(of analysis: SentenceAnalysis, trace: StanceRules.Trace) -> SentenceExplanation {
        let topics = analysis.topics.map { topic in
            "\(codebook.topics[topic.topic].id.rawValue) \"\(analysis.text(of: topic.start, topic.end))\""
                + (topic.inverted ? " (inverted)" : "")
        }
        let cues = analysis.cues.map { cue in
            let entry = codebook.stanceCues[cue.cue]
            var words = analysis.text(of: cue.start, cue.end)
            if let particle = cue.particle { words += " … " + analysis.tokens[particle].lower }
            return entry.explained(words: words)
        }
        let actors = analysis.actors.map { mention in
            "\(mention.party.map { codebook.parties[$0].id.rawValue } ?? "non-party") \"\(analysis.text(of: mention.start, mention.end))\" \(mention.form)"
        }
        return SentenceExplanation(
            sentence: analysis.sentence.text, start: analysis.sentence.range.lowerBound, topics: topics, cues: cues,
            actors: actors, skipped: trace.skipped, decisions: trace.decisions)
    }
}
