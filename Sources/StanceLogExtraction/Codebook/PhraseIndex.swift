/// Finds which of many cue phrases start at a token, without trying every phrase.
///
/// Phrases are filed under their first pattern in two byte tries over the
/// token's UTF-8: one read forwards (exact words and prefixes), one read
/// backwards (suffixes); infixes sit in a short list. A lookup walks the token's
/// bytes once and allocates nothing. Built once per codebook.
struct PhraseIndex<Payload: Sendable>: Sendable {
    struct Match: Sendable {
        let payload: Payload
        let end: Int
    }

    private var phrases: [CuePhrase] = []
    private var payloads: [Payload] = []
    private var forward = ByteTrie()
    private var backward = ByteTrie()
    private var infixes: [([UInt8], Int)] = []

    init() {}

    init(_ entries: [(String, Payload)]) {
        for (text, payload) in entries {
            if let phrase = CuePhrase(text) { add(phrase, payload) }
        }
    }

    var isEmpty: Bool { phrases.isEmpty }

    mutating func add(_ phrase: CuePhrase, _ payload: Payload) {
        guard let head = phrase.head else { return }
        let id = phrases.count
        phrases.append(phrase)
        payloads.append(payload)
        switch head {
        case .exact(let word): forward.insert(Array(word.utf8), id: id, whole: true)
        case .prefix(let start): forward.insert(Array(start.utf8), id: id, whole: false)
        case .suffix(let end): backward.insert(Array(end.utf8).reversed(), id: id, whole: false)
        case .infix(let part): infixes.append((Array(part.utf8), id))
        }
    }

    /// All phrases that match starting at `index`, longest first.
    func matches(in tokens: [Token], at index: Int) -> [Match] {
        let token = tokens[index]
        guard token.isWord else { return [] }
        var candidates: [Int] = []
        var word = token.lower
        word.withUTF8 { bytes in
            forward.collect(bytes, reversed: false, into: &candidates)
            backward.collect(bytes, reversed: true, into: &candidates)
            for (part, id) in infixes where Self.contains(bytes, part) { candidates.append(id) }
        }
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

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ part: [UInt8]) -> Bool {
        guard part.count <= bytes.count else { return false }
        for start in 0...(bytes.count - part.count) {
            var equal = true
            for offset in part.indices where bytes[start + offset] != part[offset] {
                equal = false
                break
            }
            if equal { return true }
        }
        return false
    }
}
