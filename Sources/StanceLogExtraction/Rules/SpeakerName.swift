/// The speaker of a statement in the nominative, as people name them ("Selenskyj", "russische
/// Präsident"), not in the case the sentence gives it ("Selenskyjs", "russischen Präsidenten").
///
/// Annotators write speakers in the nominative (ANNOTATION.md); the rules find them in any case.
/// The endings are undone by rule: an s-genitive of a name the codebook lists, a weak adjective
/// ending (-ischen, -schen → -ische, -sche) and the genitive or weak ending of a role noun
/// (-enten → -ent, -ers/-chefs → -er/-chef).
struct SpeakerName: Sendable {
    /// The codebook's people and places named exactly in one word (lower-cased, no wildcard): the
    /// names whose s-genitive is undone ("Selenskyjs", "Frankreichs").
    let names: Set<String>

    init(codebook: Codebook) {
        names = Set(
            codebook.parties.flatMap { $0.people + $0.aliases }.map { $0.lowercased() }
                .filter { !$0.contains("*") && !$0.contains(" ") })
    }

    func nominative(_ speaker: String) -> String {
        // "des Kremls": the article of a genitive phrase goes with its case.
        let words = speaker.split(separator: " ").map(String.init).drop { ["des", "der", "dem", "den"].contains($0) }
        guard let last = words.last else { return speaker }
        let adjectives = words.dropLast().map(Self.adjective)
        return (adjectives + [noun(last)]).joined(separator: " ")
    }

    private func noun(_ word: String) -> String {
        let lower = word.lowercased()
        if lower.hasSuffix("s"), names.contains(String(lower.dropLast())) { return String(word.dropLast()) }
        guard word.first?.isUppercase == true else { return word }
        if lower.hasSuffix("enten") { return String(word.dropLast(2)) }
        if lower.hasSuffix("ers") || lower.hasSuffix("chefs") { return String(word.dropLast()) }
        return word
    }

    private static func adjective(_ word: String) -> String {
        guard word.first?.isLowercase == true, word.hasSuffix("schen") else { return word }
        return String(word.dropLast())
    }
}
