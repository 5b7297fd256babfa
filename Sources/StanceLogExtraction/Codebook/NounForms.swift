/// The case and number forms of a German noun, by rule from its lemma and plural.
///
/// The codebook names a stance noun by lemma (`"noun": "Forderung"`) and these rules give the
/// words to match: the lemma, its genitive singular in `-s`/`-es` unless its ending makes it
/// feminine (a feminine noun has none), the plural, and the dative plural in `-n`. The plural
/// follows from the ending where German is regular (`-ung`, `-heit`, `-keit`, `-schaft`, `-ion`,
/// `-tät`, `-enz`, `-anz`, `-ik`, `-ur`, `-ei` take `-en`; `-e` takes `-n`; `-nis` takes `-se`; `-el`,
/// `-er`, `-en` after a consonant stay as they are); elsewhere the entry gives it (`Ziel` → `Ziele`, `Wunsch` →
/// `Wünsche`). Forms are lower-cased, as tokens are.
enum NounForms {
    /// Endings that make a noun feminine and give the plural in `-en`.
    private static let feminineInEn = ["ung", "heit", "keit", "schaft", "ion", "tät", "enz", "anz", "ik", "ur", "ei"]
    /// Endings whose plural is the singular itself (`Anliegen`, `Bedenken`).
    private static let unchangedInPlural = ["el", "er", "en"]

    /// The plural the ending gives, or nil when it follows no rule.
    static func regularPlural(of lemma: String) -> String? {
        let word = lemma.lowercased()
        if feminineInEn.contains(where: word.hasSuffix) { return word + "en" }
        if word.hasSuffix("nis") { return word + "se" }
        if word.hasSuffix("e") { return word + "n" }
        if let ending = unchangedInPlural.first(where: word.hasSuffix), !endsInVowel(word.dropLast(ending.count)) {
            return word
        }
        return nil
    }

    /// Every form of `lemma`; `plural` overrides the rule, an empty one means the noun has none.
    /// Empty when the lemma is not one word or its plural is neither given nor regular.
    static func forms(of lemma: String, plural: String?) -> [String] {
        let word = lemma.lowercased()
        guard !word.isEmpty, !word.contains(" "), !word.contains("*") else { return [] }
        let pluralForm: String
        if let plural {
            pluralForm = plural.lowercased()
        } else if let regular = regularPlural(of: word) {
            pluralForm = regular
        } else {
            return []
        }
        var forms = [word]
        if word.hasSuffix("nis") {
            forms.append(word + "ses")
        } else if !isFeminine(word) {
            forms += word.hasSuffix("s") || word.hasSuffix("ß") || word.hasSuffix("x") || word.hasSuffix("z")
                ? [word + "es"] : [word + "s", word + "es"]
        }
        if !pluralForm.isEmpty {
            forms.append(pluralForm)
            if !pluralForm.hasSuffix("n") && !pluralForm.hasSuffix("s") { forms.append(pluralForm + "n") }
        }
        var seen: Set<String> = []
        return forms.filter { seen.insert($0).inserted }
    }

    /// `Ziel` is no `-el` noun: the ending counts only after a consonant (`Gegner`, `Anliegen`).
    private static func endsInVowel(_ stem: Substring) -> Bool {
        guard let last = stem.last else { return true }
        return "aeiouäöüy".contains(last)
    }

    private static func isFeminine(_ word: String) -> Bool {
        feminineInEn.contains(where: word.hasSuffix) || word.hasSuffix("e")
    }
}
