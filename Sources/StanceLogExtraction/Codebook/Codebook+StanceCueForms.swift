extension Codebook.StanceCue {
    /// One word sequence the cue matches, with the separated particle that must follow it.
    struct Form: Hashable, Sendable {
        let phrase: String
        let particle: String?
    }

    /// The word sequences the cue matches: the forms of its verb, noun or adjective lemma, or its
    /// phrase. A compound noun's forms are heads read from the end of a word (`*forderung`).
    /// Empty when a lemma yields no form (the validator names that cue).
    var forms: [Form] {
        if let verb {
            return VerbForms.bundled.forms(of: verb).map { Form(phrase: $0.word, particle: $0.particle) }
        }
        if let noun {
            return NounForms.forms(of: noun, plural: plural).map { Form(phrase: compound ? "*" + $0 : $0, particle: nil) }
        }
        if let adjective {
            return AdjectiveForms.forms(of: adjective).map { Form(phrase: $0, particle: nil) }
        }
        return [Form(phrase: phrase, particle: particle)]
    }
}
