public import StanceLogCore
public import StanceLogExtraction
public import StanceLogTimeline

/// Resolves `--party` and `--topic` to the ids the codebook and the log use, ignoring case.
///
/// `--party us` means `US`. A typo (`--party USA` for `US`) would otherwise print an
/// empty answer, as if the party had said nothing, so an id that neither the codebook
/// nor the log knows is refused. The log counts as well as the codebook because it may
/// hold statements recorded with another codebook.
public enum VocabularyCheck {
    /// The canonical ids for `parties` and `topics`.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` naming the first unknown party or topic and listing the known ones.
    public static func resolve(parties: [PartyID], topics: [TopicID], codebook: Codebook, queries: any StanceQuerying) async throws
        -> (parties: [PartyID], topics: [TopicID])
    {
        guard !parties.isEmpty || !topics.isEmpty, let end = PartialDate(year: 9999, month: 12, day: 31) else {
            return (parties, topics)
        }
        let cells = try await queries.state(at: end, asOf: nil, filter: .all)
        let knownParties = Set(codebook.parties.map(\.id)).union(cells.map(\.party))
        let knownTopics = Set(codebook.topics.map(\.id)).union(cells.map(\.topic))
        return (
            try parties.map { try canonical($0, in: knownParties, option: "--party", noun: "party") },
            try topics.map { try canonical($0, in: knownTopics, option: "--topic", noun: "topic") }
        )
    }

    /// The codebook's id for `party`, ignoring case.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` when the codebook has no such party.
    public static func party(_ party: PartyID, in codebook: Codebook) throws -> PartyID {
        try canonical(party, in: Set(codebook.parties.map(\.id)), option: "--party", noun: "party")
    }

    /// The codebook's id for `topic`, ignoring case.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` when the codebook has no such topic.
    public static func topic(_ topic: TopicID, in codebook: Codebook) throws -> TopicID {
        try canonical(topic, in: Set(codebook.topics.map(\.id)), option: "--topic", noun: "topic")
    }

    private static func canonical<Kind>(
        _ id: CodebookID<Kind>, in known: Set<CodebookID<Kind>>, option: String, noun: String
    ) throws -> CodebookID<Kind> {
        if known.contains(id) { return id }
        let matches = known.filter { $0.rawValue.lowercased() == id.rawValue.lowercased() }
        if matches.count == 1, let match = matches.first { return match }
        throw StanceLogError(
            .invalidInput, "unknown \(noun) '\(id)' in \(option)",
            hint: "use one of \(known.sorted().map(\.rawValue).joined(separator: ", "))")
    }
}
