/// The parties and topics of the codebooks a log may name, by codebook identity (`ukraine@2025.12`).
///
/// ``HistoryValidator`` checks every party and topic of a statement or
/// correction against the codebook the article was read with. A codebook this
/// stancelog does not know (a `--codebook` file not given, an older release's)
/// cannot be checked by membership; its ids must then still look like ids:
/// 1–64 letters, digits, `_`, `-` or `.`.
public struct LogVocabulary: Sendable {
    /// One codebook's ids.
    public struct Entry: Sendable {
        public let parties: Set<PartyID>
        public let topics: Set<TopicID>

        public init(parties: Set<PartyID>, topics: Set<TopicID>) {
            self.parties = parties
            self.topics = topics
        }
    }

    public let codebooks: [String: Entry]

    /// - Parameter codebooks: the known codebooks by identity; empty checks the id form only.
    public init(codebooks: [String: Entry] = [:]) {
        self.codebooks = codebooks
    }

    /// Why `id` may not stand as a party or topic of `codebook`, or nil when it may.
    ///
    /// Membership is checked when `codebook` (the article's current one) is
    /// known. `append` and `correct` check against whichever codebook the analyst
    /// ran with, so for an analyst's ids any known codebook admits them.
    func problem(party: PartyID?, topic: TopicID?, codebook: String?, analyst: Bool) -> String? {
        for (kind, id) in [("party", party?.rawValue), ("topic", topic?.rawValue)] {
            guard let id else { continue }
            if !Self.looksLikeID(id) { return "\(kind) \(id.debugDescription) is not a codebook id" }
        }
        guard let codebook, let own = codebooks[codebook] else { return nil }
        let candidates = analyst ? Array(codebooks.values) : [own]
        let place = analyst ? "any known codebook" : "codebook \(codebook)"
        if let party, !candidates.contains(where: { $0.parties.contains(party) }) {
            return "party '\(party)' is not in \(place)"
        }
        if let topic, !candidates.contains(where: { $0.topics.contains(topic) }) {
            return "topic '\(topic)' is not in \(place)"
        }
        return nil
    }

    static func looksLikeID(_ id: String) -> Bool {
        (1...64).contains(id.count)
            && id.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0) }
    }
}
