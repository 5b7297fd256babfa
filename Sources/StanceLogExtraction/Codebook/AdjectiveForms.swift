/// The declined forms of a German adjective, by rule from its lemma.
///
/// The codebook names a stance adjective by lemma (`"adjective": "inakzeptabel"`) and these rules
/// give the words to match: the lemma as it stands after a verb ("ist inakzeptabel") and the five
/// declined endings (`-e`, `-en`, `-er`, `-es`, `-em`: "eine inakzeptable Forderung"). A lemma in
/// `-el`, or in `-er` after a diphthong, drops that `e` before an ending (`inakzeptabl-e`,
/// `teur-e`). In a phrase of several words only the last is declined (`nicht verhandelbar` →
/// `nicht verhandelbare`). Forms are lower-cased, as tokens are.
enum AdjectiveForms {
    private static let endings = ["e", "en", "er", "es", "em"]

    /// Every form of `lemma`, the undeclined one first; empty for an empty lemma or one with `*`.
    static func forms(of lemma: String) -> [String] {
        let words = lemma.lowercased().split(separator: " ").map(String.init)
        guard let last = words.last, !lemma.contains("*") else { return [] }
        let lead = words.dropLast().map { $0 + " " }.joined()
        let stem = declinedStem(of: last)
        return [lead + last] + endings.map { lead + stem + $0 }
    }

    private static func declinedStem(of word: String) -> String {
        let dropsE = word.hasSuffix("el") || word.hasSuffix("euer") || word.hasSuffix("auer")
        guard dropsE, word.count > 3 else { return word }
        return String(word.dropLast(2)) + String(word.suffix(1))
    }
}
