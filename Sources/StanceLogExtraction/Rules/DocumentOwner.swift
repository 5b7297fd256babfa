/// The party whose plan, draft or list of demands a sentence names ("der Friedensplan der USA",
/// "Trumps Plan", "die Bedingungen Moskaus"), remembered over the next sentences that set out
/// its points: "Die Ukraine müsste auf den Beitritt verzichten" two sentences later is laid on
/// Ukraine by that party.
struct DocumentOwner: Sendable {
    /// Nouns that name a document setting out what the parties should do.
    static let nouns: Set<String> = [
        "plan", "plans", "pläne", "plänen", "friedensplan", "friedensplans", "friedenspläne", "entwurf",
        "entwurfs", "vertragsentwurf", "vertragsentwurfs", "memorandum", "memorandums", "forderungskatalog",
        "forderungskatalogs", "forderungen", "bedingungen", "vorbedingungen", "vorschlag", "vorschlags",
        "vorschläge", "friedensvorschlag", "friedensvorschlags", "positionspapier", "positionspapiers",
        "punkteplan", "punkteplans", "rahmenplan", "rahmenplans", "dokument", "dokuments", "dokumente",
        "papier", "papiers", "punkte", "punkten", "erklärung", "abschlusserklärung", "gipfelerklärung",
        "friedensabkommen", "abkommensentwurf", "rahmenabkommen",
    ]
    /// How many sentences after the last one naming the document its owner is still remembered.
    static let reach = 3

    let mention: ActorMention
    let text: String
    /// Sentences read since the owner or the document was last named.
    var age = 0

    /// The owner named beside a document noun in `analysis`: an s-genitive right before it
    /// ("Trumps Plan") or a genitive or `von` phrase right after it ("Plan der USA", "Forderungen
    /// Moskaus"); a party adjective ("russische Forderungen") says what the demands are like, not whose
    /// document it is.
    static func named(in analysis: SentenceAnalysis) -> DocumentOwner? {
        guard analysis.actors.contains(where: { $0.party != nil }) else { return nil }
        for index in analysis.tokens.indices where analysis.tokens[index].isDocument {
            for mention in analysis.actors {
                guard mention.party != nil, mention.form != .adjective, mention.form != .nonParty else { continue }
                let before = mention.end == index && mention.form == .genitive
                let after = mention.start > index && mention.start <= index + 3
                    && (index + 1..<mention.start).allSatisfy { linking.contains(analysis.tokens[$0].lower) }
                if before || after {
                    return DocumentOwner(mention: mention, text: analysis.text(of: mention.start, mention.end))
                }
            }
        }
        return nil
    }

    /// The subject of a sentence that presents a document ("Selenskyj hat seinen Siegesplan vorgelegt",
    /// "Russland legte ein Memorandum vor"): a verb of presenting or a possessive before the noun.
    static func presented(in analysis: SentenceAnalysis, by subject: ActorMention?) -> DocumentOwner? {
        guard let subject, subject.party != nil, mentionsDocument(analysis) else { return nil }
        let tokens = analysis.tokens
        let presents = tokens.indices.contains { index in
            let word = tokens[index].lower
            if presenting.contains(word) { return true }
            if presentingWithParticle.contains(word) {
                return tokens[(index + 1)...].contains { $0.lower == "vor" }
            }
            return tokens[index].isDocument && index > 0 && possessives.contains(tokens[index - 1].lower)
        }
        guard presents else { return nil }
        return DocumentOwner(mention: subject, text: analysis.text(of: subject.start, subject.end))
    }

    /// Whether `analysis` names a document noun at all ("Der Plan sieht vor …"): its owner stays in mind.
    static func mentionsDocument(_ analysis: SentenceAnalysis) -> Bool {
        analysis.tokens.contains(where: \.isDocument)
    }

    /// A document noun, also as the head of a compound ("Siegesplan", "Fünf-Punkte-Plan"); tokens
    /// carry it (``Token/isDocument``).
    static func isDocument(_ word: String) -> Bool {
        if nouns.contains(word) { return true }
        // Every plan head ends in n, s or e: most words are passed over by their last byte.
        guard let last = word.utf8.last, last == UInt8(ascii: "n") || last == UInt8(ascii: "s") || last == UInt8(ascii: "e")
        else { return false }
        var bytes = word
        return bytes.withUTF8 { bytes in
            planHeads.contains { head in bytes.count >= head.count && bytes.suffix(head.count).elementsEqual(head) }
        }
    }

    /// Compound heads, as UTF-8 (the text is NFC, so `ä` is one scalar in both).
    private static let planHeads = ["plan", "plans", "pläne", "plänen"].map { Array($0.utf8) }
    /// Verbs of presenting whose particle `vor` stands later in the sentence ("legte … vor").
    private static let presentingWithParticle: Set<String> = [
        "legte", "legten", "legt", "legen", "stellte", "stellten", "stellt", "stellen",
    ]
    private static let presenting: Set<String> = [
        "vorgelegt", "vorgestellt", "vorlegte", "vorstellte", "präsentiert", "präsentierte", "präsentierten",
        "unterbreitet", "unterbreitete", "unterbreiteten", "ausgearbeitet", "veröffentlicht", "veröffentlichte",
    ]
    private static let possessives: Set<String> = [
        "sein", "seine", "seinen", "seinem", "seines", "ihr", "ihre", "ihren", "ihrem", "ihres",
    ]

    private static let linking: Set<String> = ["der", "des", "von", "vom", "aus"]
}
