/// One token of a cue phrase: `wort` exact, `wort*` prefix, `*wort` suffix, `*wort*` infix.
///
/// Matching is on lower-cased tokens, so codebook entries are case-insensitive.
enum TokenPattern: Hashable, Sendable {
    case exact(String)
    case prefix(String)
    case suffix(String)
    case infix(String)

    /// Parses one pattern; nil for an empty pattern or a bare `*`.
    init?(_ text: some StringProtocol) {
        let lower = text.lowercased()
        let leading = lower.hasPrefix("*")
        let trailing = lower.hasSuffix("*") && lower.count > 1
        let core = String(lower.dropFirst(leading ? 1 : 0).dropLast(trailing ? 1 : 0))
        guard !core.isEmpty, !core.contains("*") else { return nil }
        switch (leading, trailing) {
        case (false, false): self = .exact(core)
        case (false, true): self = .prefix(core)
        case (true, false): self = .suffix(core)
        case (true, true): self = .infix(core)
        }
    }

    func matches(_ token: String) -> Bool {
        switch self {
        case .exact(let word): token == word
        case .prefix(let start): token.hasPrefix(start)
        case .suffix(let end): token.hasSuffix(end)
        case .infix(let part): token.contains(part)
        }
    }
}
