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
        "punkteplan", "punkteplans", "rahmenplan", "rahmenplans",
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
    static func named(in analysis: SentenceAnalysis, excluding about: Set<Int>) -> DocumentOwner? {
        for index in analysis.tokens.indices where nouns.contains(analysis.tokens[index].lower) {
            for mention in analysis.actors {
                guard let party = mention.party, !about.contains(party),
                    mention.form != .adjective, mention.form != .nonParty
                else { continue }
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

    /// Whether `analysis` names a document noun at all ("Der Plan sieht vor …"): its owner stays in mind.
    static func mentionsDocument(_ analysis: SentenceAnalysis) -> Bool {
        analysis.tokens.contains { nouns.contains($0.lower) }
    }

    private static let linking: Set<String> = ["der", "des", "von", "vom", "aus"]
}
