public import StanceLogCore

/// Runs every ``CraftedLog`` through what `import` does (export lines, parse,
/// verify with the history validation) and lists the kinds it got wrong.
public struct CraftedImportCheck: Sendable {
    public let vocabulary: LogVocabulary
    public let codebook: String
    public let party: PartyID
    public let topic: TopicID

    /// - Parameters:
    ///   - vocabulary: the codebooks `import` checks against; must contain `codebook`.
    ///   - codebook: the identity the crafted articles name; `party` and `topic` belong to it.
    public init(vocabulary: LogVocabulary, codebook: String, party: PartyID, topic: TopicID) {
        self.vocabulary = vocabulary
        self.codebook = codebook
        self.party = party
        self.topic = topic
    }

    /// One line per kind refused at the wrong event, or accepted when it should have been refused (and the other way).
    public func violations(now: RecordTime) async throws -> [String] {
        var violations: [String] = []
        for kind in CraftedLog.allCases {
            let crafted = try kind.events(start: RecordTime(milliseconds: now.milliseconds - 3_600_000), codebook: codebook, party: party, topic: topic)
            let lines = crafted.map(JSONLinesExchange.line(for:))
            let parsed = try lines.enumerated().map { try JSONLinesExchange.event(fromLine: $0.element, lineNumber: $0.offset + 1) }
            let staging = InMemoryEventStore()
            try await staging.importRecorded(parsed)
            let report = try await ChainVerifier(vocabulary: vocabulary, now: now).verify(staging)
            if report.firstProblem?.sequence != kind.firstBadEvent {
                let got = report.firstProblem.map { "refused at \($0)" } ?? "accepted"
                let expected = kind.firstBadEvent.map { "refused at event \($0)" } ?? "accepted"
                violations.append("crafted import \(kind.rawValue): \(got), expected \(expected)")
            }
        }
        return violations
    }
}
