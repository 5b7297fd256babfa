/// Finds which of many cue phrases start at a token, without trying every phrase.
///
/// Phrases are filed under their first pattern: exact words in a dictionary,
/// prefixes and suffixes in dictionaries probed with each length that occurs,
/// infixes in a short list. Built once per codebook.
struct PhraseIndex<Payload: Sendable>: Sendable {
    struct Match: Sendable {
        let payload: Payload
        let end: Int
    }

    private var phrases: [CuePhrase] = []
    private var payloads: [Payload] = []
    private var exact: [String: [Int]] = [:]
    private var prefixes: [String: [Int]] = [:]
    private var prefixLengths: [Int] = []
    private var suffixes: [String: [Int]] = [:]
    private var suffixLengths: [Int] = []
    private var infixes: [(String, Int)] = []

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
        case .exact(let word): exact[word, default: []].append(id)
        case .prefix(let start):
            prefixes[start, default: []].append(id)
            if !prefixLengths.contains(start.count) { prefixLengths.append(start.count) }
        case .suffix(let end):
            suffixes[end, default: []].append(id)
            if !suffixLengths.contains(end.count) { suffixLengths.append(end.count) }
        case .infix(let part): infixes.append((part, id))
        }
    }

    /// All phrases that match starting at `index`, longest first.
    func matches(in tokens: [Token], at index: Int) -> [Match] {
        let token = tokens[index]
        guard token.isWord else { return [] }
        var candidates: [Int] = exact[token.lower] ?? []
        let characters = token.lower.count
        for length in prefixLengths where length <= characters {
            if let ids = prefixes[String(token.lower.prefix(length))] { candidates.append(contentsOf: ids) }
        }
        for length in suffixLengths where length <= characters {
            if let ids = suffixes[String(token.lower.suffix(length))] { candidates.append(contentsOf: ids) }
        }
        for (part, id) in infixes where token.lower.contains(part) { candidates.append(id) }
        var result: [Match] = []
        for id in candidates {
            if let end = phrases[id].match(tokens, at: index) { result.append(Match(payload: payloads[id], end: end)) }
        }
        return result.sorted { $0.end > $1.end }
    }

    /// Whether any phrase occurs anywhere in `tokens`.
    func occurs(in tokens: [Token]) -> Bool {
        tokens.indices.contains { !matches(in: tokens, at: $0).isEmpty }
    }
}
