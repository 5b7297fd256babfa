import Hummingbird
import StanceLogAPI
import StanceLogCore
import StanceLogExtraction
import StanceLogTimeline

/// The query string of a request, read as the CLI reads its options: the same date,
/// `as_of`, party and topic rules, and the same messages for bad values.
struct QueryParameters {
    private let parameters: Parameters

    init(_ request: Request) {
        parameters = request.uri.queryParameters
    }

    /// The value of `name`, nil when absent (the first one when repeated).
    func text(_ name: String) -> String? {
        parameters.get(name)
    }

    /// Every value of a repeatable parameter (`party=US&party=UA`).
    func all(_ name: String) -> [String] {
        parameters.getAll(name)
    }

    /// A date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), nil when absent.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` saying why the value is not a date.
    func date(_ name: String) throws -> PartialDate? {
        try text(name).map { try DateText.parse($0, name: name) }
    }

    /// A required date.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` when it is missing or not a date.
    func requiredDate(_ name: String) throws -> PartialDate {
        guard let date = try date(name) else {
            throw StanceLogError(.invalidInput, "the query parameter \(name) is missing", hint: "give \(name)=YYYY-MM-DD")
        }
        return date
    }

    /// `as_of`: a sequence number or an ISO 8601 time, as `--as-of` takes it.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` for any other value.
    func asOf() throws -> AsOf? {
        guard let text = text("as_of") else { return nil }
        guard let asOf = AsOfArgument.parse(text) else {
            throw StanceLogError(
                .invalidInput, "as_of '\(text)' is neither a sequence number nor a time", hint: "write \(AsOfArgument.forms)")
        }
        return asOf
    }

    /// A flag: `true`/`1` or `false`/`0`; `false` when absent.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` for any other value.
    func flag(_ name: String) throws -> Bool {
        switch text(name)?.lowercased() {
        case nil, "false", "0": return false
        case "true", "1", "": return true
        case let other?:
            throw StanceLogError(.invalidInput, "\(name) '\(other)' is not a flag", hint: "write \(name)=true or \(name)=false")
        }
    }

    /// A whole number in `range`, nil when absent.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` when it is not a number or outside `range`.
    func integer(_ name: String, in range: ClosedRange<Int64>) throws -> Int64? {
        guard let text = text(name) else { return nil }
        guard let value = Int64(text), range.contains(value) else {
            throw StanceLogError(
                .invalidInput, "\(name) '\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)",
                hint: "give \(name) as a number in that range")
        }
        return value
    }

    /// The `party` and `topic` filter, resolved as `--party` and `--topic` are.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` for a party or topic neither the codebook nor the log knows.
    func filter(codebook: Codebook, queries: any StanceQuerying) async throws -> StanceFilter {
        let (parties, topics) = try await VocabularyCheck.resolve(
            parties: all("party").map(PartyID.init(rawValue:)), topics: all("topic").map(TopicID.init(rawValue:)),
            codebook: codebook, queries: queries)
        return StanceFilter(parties: Set(parties), topics: Set(topics))
    }
}
