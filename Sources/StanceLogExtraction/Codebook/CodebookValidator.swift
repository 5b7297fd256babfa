import StanceLogCore

/// Checks what JSON decoding cannot: unique ids, valid phrases, stances on the scale.
struct CodebookValidator {
    let codebook: Codebook

    /// A message naming the offending key, or nil when the codebook is sound.
    func firstProblem() -> String? {
        if codebook.parties.isEmpty { return "'parties' is empty" }
        if codebook.topics.isEmpty { return "'topics' is empty" }
        var partyIDs: Set<String> = []
        for (index, party) in codebook.parties.enumerated() {
            let key = "parties[\(index)]"
            if party.id.rawValue.isEmpty { return "\(key).id is empty" }
            if !partyIDs.insert(party.id.rawValue).inserted { return "\(key).id '\(party.id)' is a duplicate" }
            let lists = [
                ("aliases", party.aliases), ("people", party.people), ("genitives", party.genitives),
                ("adjectives", party.adjectives), ("excluded", party.excluded),
            ]
            for (name, phrases) in lists {
                if let problem = badPhrase(in: phrases, key: "\(key).\(name)") { return problem }
            }
        }
        var topicIDs: Set<String> = []
        for (index, topic) in codebook.topics.enumerated() {
            let key = "topics[\(index)]"
            if topic.id.rawValue.isEmpty { return "\(key).id is empty" }
            if !topicIDs.insert(topic.id.rawValue).inserted { return "\(key).id '\(topic.id)' is a duplicate" }
            for (name, parties) in [("notProvidedBy", topic.notProvidedBy), ("claimedBy", topic.claimedBy)] {
                if let unknown = parties.first(where: { !partyIDs.contains($0.rawValue) }) {
                    return "\(key).\(name) names the unknown party '\(unknown)'"
                }
            }
            if let about = topic.about, !partyIDs.contains(about.rawValue) {
                return "\(key).about names the unknown party '\(about)'"
            }
            for (cueIndex, cue) in topic.cues.enumerated() {
                let cueKey = "\(key).cues[\(cueIndex)]"
                if let problem = badPhrase(in: [cue.phrase], key: cueKey) { return problem }
                if let problem = badPhrase(in: cue.requires, key: "\(cueKey).requires") { return problem }
            }
        }
        for (index, cue) in codebook.stanceCues.enumerated() {
            let key = "stanceCues[\(index)]"
            if !(-2...2).contains(cue.stance) { return "\(key).stance \(cue.stance) is outside -2...2" }
            if let value = cue.onInverted, !(-2...2).contains(value) {
                return "\(key).onInverted \(value) is outside -2...2"
            }
            if let problem = badPhrase(in: [cue.phrase], key: "\(key).phrase") { return problem }
            if let particle = cue.particle, let problem = badPhrase(in: [particle], key: "\(key).particle") {
                return problem
            }
            if let problem = badPhrase(in: cue.requires, key: "\(key).requires") { return problem }
            if let problem = badLemma(cue, key: key) { return problem }
            if let problem = badFrame(cue, key: key) { return problem }
            if let word = cue.except.first(where: { $0.isEmpty || $0.contains(" ") || $0.contains("*") }) {
                return "\(key).except '\(word)' is not a whole word (list words, such as compounds, the cue must not match; no spaces or '*')"
            }
            if let unknown = cue.topics.first(where: { !topicIDs.contains($0.rawValue) }) {
                return "\(key).topics names the unknown topic '\(unknown)'"
            }
        }
        let lists = [
            ("negators", codebook.negators), ("roles", codebook.roles), ("nonParties", codebook.nonParties),
            ("attribution.speech", codebook.attribution.speech),
            ("attribution.sourceAfter", codebook.attribution.sourceAfter),
            ("attribution.sourceBefore", codebook.attribution.sourceBefore),
            ("attribution.reported", codebook.attribution.reported),
            ("attribution.subjunctive", codebook.attribution.subjunctive),
            ("attribution.inferred", codebook.attribution.inferred),
            ("attribution.obligation", codebook.attribution.obligation),
            ("negotiation.subjects", codebook.negotiation.subjects),
            ("negotiation.talks", codebook.negotiation.talks),
        ]
        for (name, phrases) in lists {
            if let problem = badPhrase(in: phrases, key: name) { return problem }
        }
        if !(0...20).contains(codebook.negotiation.window) {
            return "negotiation.window \(codebook.negotiation.window) is outside 0...20"
        }
        return nil
    }

    /// A lemma that gives no forms, or more than one of `verb`, `noun`, `adjective`.
    private func badLemma(_ cue: Codebook.StanceCue, key: String) -> String? {
        let lemmas = [("verb", cue.verb), ("noun", cue.noun), ("adjective", cue.adjective)].filter { $0.1 != nil }
        if lemmas.count > 1 {
            return "\(key) names \(lemmas.map { "'\($0.0)'" }.joined(separator: " and ")); give one lemma per cue"
        }
        if let verb = cue.verb, VerbForms.bundled.forms(of: verb).isEmpty {
            return "\(key).verb '\(verb)' has no forms in verb-forms.tsv (add it and run Scripts/generate-verb-forms)"
        }
        if let noun = cue.noun {
            if noun.isEmpty || noun.contains(" ") || noun.contains("*") {
                return "\(key).noun '\(noun)' is not one word (give the lemma, e.g. 'Forderung'; use 'compound' for heads)"
            }
            if NounForms.forms(of: noun, plural: cue.plural).isEmpty {
                return "\(key).noun '\(noun)' has no plural by rule; give 'plural' (e.g. 'Ziele'), '' for none"
            }
        }
        if let adjective = cue.adjective, adjective.contains("*") || CuePhrase(adjective) == nil {
            return "\(key).adjective '\(adjective)' is not a lemma (give words without '*' or '…', e.g. 'inakzeptabel')"
        }
        if cue.compound, cue.noun == nil {
            return "\(key).compound needs a 'noun' (for a phrase write the head as '*wort')"
        }
        return nil
    }

    /// A frame outside the closed set, or a stance of the wrong sign for it.
    private func badFrame(_ cue: Codebook.StanceCue, key: String) -> String? {
        guard let frame = cue.frame else { return nil }
        guard let direction = frame.direction else {
            let names = StanceFrame.known.map { $0.frame.rawValue }.joined(separator: ", ")
            return "\(key).frame '\(frame)' is not a frame; use one of \(names)"
        }
        if !direction.admits(cue.stance) {
            return "\(key).frame '\(frame)' needs a stance \(direction.wording), not \(cue.stance)"
        }
        return nil
    }

    private func badPhrase(in phrases: [String], key: String) -> String? {
        for (index, phrase) in phrases.enumerated() {
            guard let parsed = CuePhrase(phrase) else {
                return "\(key)[\(index)] '\(phrase)' is not a valid cue phrase (use words, 'prefix*', '*suffix')"
            }
            if !parsed.isWithinBounds {
                return "\(key)[\(index)] '\(phrase)' has \(parsed.gapCount) gaps and \(parsed.elements.count) parts; "
                    + "a cue phrase may have at most \(CuePhrase.maximumGaps) gaps ('…') and \(CuePhrase.maximumElements) parts"
            }
        }
        return nil
    }
}
