/// Finds which of many cue phrases start at a token, without trying every phrase.
///
/// Phrases are filed under their first pattern in a ``HeadTable`` over the token's
/// UTF-8. An index registered in the codebook's ``HeadLexicon`` first reads its bit of
/// the token's ``HeadMask`` and passes over a word at which none of its phrases can start
/// without a walk. Built once per codebook.
struct PhraseIndex<Payload: Sendable>: Sendable {
    struct Match: Sendable {
        let payload: Payload
        let end: Int
    }

    private var phrases: [CuePhrase] = []
    private var payloads: [Payload] = []
    private var table = HeadTable()
    /// The index's bit in a token's ``HeadMask``, or -1 when no lexicon gave it one.
    private(set) var slot = -1

    init() {}

    init(_ entries: [(String, Payload)]) {
        for (text, payload) in entries {
            if let phrase = CuePhrase(text) { add(phrase, payload) }
        }
    }

    var isEmpty: Bool { phrases.isEmpty }

    /// The first pattern of every phrase, as filed.
    var heads: [TokenPattern] { phrases.compactMap(\.head) }

    /// Files `phrase`; an index registered before gives up its slot, whose lexicon does not know the new head.
    mutating func add(_ phrase: CuePhrase, _ payload: Payload) {
        guard let head = phrase.head else { return }
        slot = -1
        table.insert(head, id: phrases.count)
        phrases.append(phrase)
        payloads.append(payload)
    }

    /// Takes the bit `slot` of tokens' ``HeadMask`` (``HeadLexicon``), and lays its tries out for lookups.
    mutating func register(slot: Int) {
        self.slot = slot
        table.compact()
    }

    /// All phrases that match starting at `index`, longest first.
    func matches(in tokens: [Token], at index: Int) -> [Match] {
        let token = tokens[index]
        guard token.isWord, slot < 0 || token.heads.contains(slot) else { return [] }
        var candidates: [Int] = []
        var word = token.lower
        word.withUTF8 { table.collect($0, into: &candidates) }
        guard !candidates.isEmpty else { return [] }
        var result: [Match] = []
        for id in candidates {
            if let end = phrases[id].match(tokens, at: index) { result.append(Match(payload: payloads[id], end: end)) }
        }
        if result.count > 1 { result.sort { $0.end > $1.end } }
        return result
    }

    /// Whether any phrase occurs anywhere in `tokens`.
    func occurs(in tokens: [Token]) -> Bool {
        tokens.indices.contains { !matches(in: tokens, at: $0).isEmpty }
    }
}
