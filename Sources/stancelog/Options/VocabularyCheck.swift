import StanceLogCore
import StanceLogExtraction
import StanceLogTimeline

/// Refuses a `--party` or `--topic` that neither the codebook nor the log knows.
///
/// A typo (`--party USA` for `US`) would otherwise print an empty answer, as if the
/// party had said nothing. The log counts as well as the codebook because it may
/// hold statements recorded with another codebook.
enum VocabularyCheck {
    /// - Throws: ``StanceLogError`` `invalidInput` naming the first unknown party or topic and listing the known ones.
    static func check(parties: [PartyID], topics: [TopicID], codebook: Codebook, queries: any StanceQuerying) async throws {
        guard !parties.isEmpty || !topics.isEmpty, let end = PartialDate(year: 9999, month: 12, day: 31) else { return }
        let cells = try await queries.state(at: end, asOf: nil, filter: .all)
        let knownParties = Set(codebook.parties.map(\.id)).union(cells.map(\.party))
        let knownTopics = Set(codebook.topics.map(\.id)).union(cells.map(\.topic))
        if let unknown = parties.first(where: { !knownParties.contains($0) }) {
            throw StanceLogError(
                .invalidInput, "unknown party '\(unknown)' in --party",
                hint: "use one of \(knownParties.sorted().map(\.rawValue).joined(separator: ", "))")
        }
        if let unknown = topics.first(where: { !knownTopics.contains($0) }) {
            throw StanceLogError(
                .invalidInput, "unknown topic '\(unknown)' in --topic",
                hint: "use one of \(knownTopics.sorted().map(\.rawValue).joined(separator: ", "))")
        }
    }
}
