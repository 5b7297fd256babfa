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
        self.parties = parties
        excluded = PhraseIndex(excludedEntries)
        roles = Self.index(codebook.roles)
        nonParties = Self.index(codebook.nonParties)
        var topics = PhraseIndex<TopicPhrase>()
        var topicRequirements: [[PhraseIndex<Bool>?]] = []
        for (topicIndex, topic) in codebook.topics.enumerated() {
            var requirements: [PhraseIndex<Bool>?] = []
            for (cueIndex, cue) in topic.cues.enumerated() {
                if let phrase = CuePhrase(cue.phrase) {
                    topics.add(phrase, TopicPhrase(topic: topicIndex, cue: cueIndex))
                }
                requirements.append(cue.requires.isEmpty ? nil : Self.index(cue.requires))
            }
            topicRequirements.append(requirements)
        }
        self.topics = topics
        self.topicRequirements = topicRequirements
        var stances = PhraseIndex<StancePhrase>()
        for (index, cue) in codebook.stanceCues.enumerated() {
            for form in cue.forms {
                guard let phrase = CuePhrase(form.phrase, except: cue.except) else { continue }
                stances.add(phrase, StancePhrase(cue: index, particle: form.particle.flatMap { TokenPattern($0) }))
            }
        }
        self.stances = stances
        stanceRequirements = codebook.stanceCues.map { $0.requires.isEmpty ? nil : Self.index($0.requires) }
        negators = Self.index(codebook.negators)
        let cues = codebook.attribution
        speech = Self.index(cues.speech)
        sourceAfter = Self.index(cues.sourceAfter)
        sourceBefore = Self.index(cues.sourceBefore)
        reported = Self.index(cues.reported)
        subjunctive = Self.index(cues.subjunctive)
        inferred = Self.index(cues.inferred)
        obligation = Self.index(cues.obligation)
        collectiveSubjects = Self.index(codebook.negotiation.subjects)
        talks = Self.index(codebook.negotiation.talks)
    }

    private static func index(_ phrases: [String]) -> PhraseIndex<Bool> {
        PhraseIndex(phrases.map { ($0, true) })
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
