import ArgumentParser
import StanceLogAPI
import StanceLogCore
import StanceLogExtraction
import StanceLogTimeline

/// `--party`, `--topic`, `--as-of`, `--format` and `--wide`, shared by the query commands.
struct QueryOptions: ParsableArguments {
    @Option(help: "Only this party (repeatable; any case), e.g. US.")
    var party: [PartyID] = []

    @Option(help: "Only this topic (repeatable), e.g. security_guarantees.")
    var topic: [TopicID] = []

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Answer from the events recorded by then: a sequence number, or an ISO 8601 time "
                + "(2026-12-01T19:02:50+01:00, '2025-11-23 09:40'; UTC without an offset).",
            valueName: "seq|time"))
    var asOfText: String?

    @Option(help: "table, json, markdown or csv.")
    var format: QueryFormat = .table

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if let asOfText, AsOfArgument.parse(asOfText) == nil {
            throw StanceLogError(
                .invalidInput, "--as-of '\(asOfText)' is neither a sequence number nor a time",
                hint: "write \(AsOfArgument.forms); see `stancelog log` for both")
        }
    }

    var asOf: AsOf? { asOfText.flatMap(AsOfArgument.parse) }

    /// The filter with `--party` and `--topic` resolved to the ids the codebook and the log use.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` for a party or topic that neither the
    ///   bundled codebook nor the log knows.
    func resolvedFilter(in queries: any StanceQuerying) async throws -> StanceFilter {
        let (parties, topics) = try await VocabularyCheck.resolve(
            parties: party, topics: topic, codebook: try Codebook.bundled(), queries: queries)
        return StanceFilter(parties: Set(parties), topics: Set(topics))
    }

    /// `for US on territory`, or empty without a filter: what the selection is, for messages.
    func selection(_ filter: StanceFilter) -> String {
        var parts: [String] = []
        if !filter.parties.isEmpty { parts.append(filter.parties.sorted().map(\.rawValue).joined(separator: ", ")) }
        if !filter.topics.isEmpty { parts.append("on " + filter.topics.sorted().map(\.rawValue).joined(separator: ", ")) }
        return parts.isEmpty ? "" : " for " + parts.joined(separator: " ")
    }

    var layout: TextLayout { display.layout }
}
