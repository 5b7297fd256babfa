import ArgumentParser
import StanceLogCore
import StanceLogExtraction
import StanceLogTimeline

/// `--party`, `--topic`, `--as-of` and `--format`, shared by `state`, `timeline` and `diff`.
struct QueryOptions: ParsableArguments {
    @Option(help: "Only this party (repeatable), e.g. US.")
    var party: [PartyID] = []

    @Option(help: "Only this topic (repeatable), e.g. security_guarantees.")
    var topic: [TopicID] = []

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Answer from the events recorded by then: a sequence number or an ISO 8601 UTC time.",
            valueName: "seq|timestamp"))
    var asOfText: String?

    @Option(help: "table, json or markdown.")
    var format: QueryFormat = .table

    func validate() throws {
        if let asOfText, AsOf(asOfText) == nil {
            throw StanceLogError(
                .invalidInput, "--as-of '\(asOfText)' is neither a sequence number nor an ISO 8601 time",
                hint: "write --as-of 42 or --as-of 2025-11-23T09:40:00Z (see `stancelog log` for both)")
        }
    }

    var asOf: AsOf? { asOfText.flatMap(AsOf.init) }

    /// - Throws: ``StanceLogError`` `invalidInput` for a party or topic that neither the
    ///   bundled codebook nor the log knows.
    func checkKnown(in queries: any StanceQuerying) async throws {
        try await VocabularyCheck.check(parties: party, topics: topic, codebook: try Codebook.bundled(), queries: queries)
    }

    var filter: StanceFilter { StanceFilter(parties: Set(party), topics: Set(topic)) }
}
