/// A codebook turned into phrase indexes, built once per extractor so that
/// extraction never parses a pattern.
///
/// A class: every sentence's analyser and holder resolver holds it, and sharing one
/// reference costs one retain where copying its two dozen indexes cost one each.
final class CompiledCodebook: Sendable {
    /// How a phrase names a party; decides whether `der` before it marks a case other than the subject.
    enum Form: Hashable, Sendable {
        case alias, person, genitive, adjective
    }

    struct PartyPhrase: Sendable {
        let party: Int
        let form: Form
    }

    /// A stance cue's phrase, with the separated particle that must follow it in the clause.
    struct StancePhrase: Sendable {
        let cue: Int
        let particle: TokenPattern?
    }

    struct TopicPhrase: Sendable {
        let topic: Int
        let cue: Int
    }

    let source: Codebook
    let parties: PhraseIndex<PartyPhrase>
    let excluded: PhraseIndex<Bool>
    let roles: PhraseIndex<Bool>
    let nonParties: PhraseIndex<Bool>
    let topics: PhraseIndex<TopicPhrase>
    /// Per topic, per cue: what else the sentence must contain (nil when nothing).
    let topicRequirements: [[PhraseIndex<Bool>?]]
    let stances: PhraseIndex<StancePhrase>
    let stanceRequirements: [PhraseIndex<Bool>?]
    let negators: PhraseIndex<Bool>
    let speech: PhraseIndex<Bool>
    let sourceAfter: PhraseIndex<Bool>
    let sourceBefore: PhraseIndex<Bool>
    let reported: PhraseIndex<Bool>
    let subjunctive: PhraseIndex<Bool>
    let inferred: PhraseIndex<Bool>
    let obligation: PhraseIndex<Bool>
    /// Impersonal or reciprocal subjects of an agreement (`man`, `beide Seiten`).
    let collectiveSubjects: PhraseIndex<Bool>
    /// Words that make a sentence report talks (`Gespräche`, `Delegation`).
    let talks: PhraseIndex<Bool>
    /// Puts a speaker in the nominative.
    let speakerName: SpeakerName
    /// The heads of all the indexes above, which the tokenizer looks every word up in once.
    let lexicon: HeadLexicon

    init(_ codebook: Codebook) {
        source = codebook
        speakerName = SpeakerName(codebook: codebook)
        var parties = PhraseIndex<PartyPhrase>()
        var excludedEntries: [(String, Bool)] = []
        for (index, party) in codebook.parties.enumerated() {
            for (list, form) in [(party.aliases, Form.alias), (party.people, .person)] {
                for text in list {
                    if let phrase = CuePhrase(text) { parties.add(phrase, PartyPhrase(party: index, form: form)) }
                    if let genitive = Self.genitive(of: text), let phrase = CuePhrase(genitive) {
                        parties.add(phrase, PartyPhrase(party: index, form: .genitive))
                    }
                }
            }
            for text in party.genitives {
                if let phrase = CuePhrase(text) { parties.add(phrase, PartyPhrase(party: index, form: .genitive)) }
            }
            for text in party.adjectives {
                if let phrase = CuePhrase(text) { parties.add(phrase, PartyPhrase(party: index, form: .adjective)) }
            }
            excludedEntries += party.excluded.map { ($0, true) }
        }
        var lexicon = HeadLexicon()
        self.parties = lexicon.registered(parties)
        excluded = lexicon.registered(PhraseIndex(excludedEntries))
        roles = Self.index(codebook.roles, in: &lexicon)
        nonParties = Self.index(codebook.nonParties, in: &lexicon)
        var topics = PhraseIndex<TopicPhrase>()
        var topicRequirements: [[PhraseIndex<Bool>?]] = []
        for (topicIndex, topic) in codebook.topics.enumerated() {
            var requirements: [PhraseIndex<Bool>?] = []
            for (cueIndex, cue) in topic.cues.enumerated() {
                if let phrase = CuePhrase(cue.phrase) {
                    topics.add(phrase, TopicPhrase(topic: topicIndex, cue: cueIndex))
                }
                requirements.append(cue.requires.isEmpty ? nil : PhraseIndex(cue.requires.map { ($0, true) }))
            }
            topicRequirements.append(requirements)
        }
        self.topics = lexicon.registered(topics)
        var stances = PhraseIndex<StancePhrase>()
        for (index, cue) in codebook.stanceCues.enumerated() {
            for form in cue.forms {
                guard let phrase = CuePhrase(form.phrase, except: cue.except) else { continue }
                stances.add(phrase, StancePhrase(cue: index, particle: form.particle.flatMap { TokenPattern($0) }))
            }
        }
        self.stances = lexicon.registered(stances)
        negators = Self.index(codebook.negators, in: &lexicon)
        let cues = codebook.attribution
        speech = Self.index(cues.speech, in: &lexicon)
        sourceAfter = Self.index(cues.sourceAfter, in: &lexicon)
        sourceBefore = Self.index(cues.sourceBefore, in: &lexicon)
        reported = Self.index(cues.reported, in: &lexicon)
        subjunctive = Self.index(cues.subjunctive, in: &lexicon)
        inferred = Self.index(cues.inferred, in: &lexicon)
        obligation = Self.index(cues.obligation, in: &lexicon)
        collectiveSubjects = Self.index(codebook.negotiation.subjects, in: &lexicon)
        talks = Self.index(codebook.negotiation.talks, in: &lexicon)
        // The requirements last: should the slots run out, the indexes read at every word keep theirs.
        self.topicRequirements = topicRequirements.map { requirements in
            requirements.map { $0.map { lexicon.registered($0) } }
        }
        stanceRequirements = codebook.stanceCues.map {
            $0.requires.isEmpty ? nil : Self.index($0.requires, in: &lexicon)
        }
        lexicon.compact()
        self.lexicon = lexicon
    }

    private static func index(_ phrases: [String], in lexicon: inout HeadLexicon) -> PhraseIndex<Bool> {
        lexicon.registered(PhraseIndex(phrases.map { ($0, true) }))
    }

    /// `Kiew` → `kiews`: the s-genitive of a one-word exact name, when it takes one.
    private static func genitive(of text: String) -> String? {
        let lower = text.lowercased()
        guard !lower.contains(" "), !lower.contains("*"), let last = lower.last, !"sßxz".contains(last) else {
            return nil
        }
        return lower + "s"
    }
}
