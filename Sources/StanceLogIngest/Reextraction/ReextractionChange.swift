public import StanceLogCore

/// What re-extracting one article changes, statement by statement.
///
/// New statements are matched to the counting ones by claim (same party, topic and
/// an evidence sentence in common, ``StanceLogTimeline/Claim``): a match with
/// another stance is a change, an unmatched new statement is added, an unmatched
/// old one dropped. A new statement that a retraction or correction covers is
/// carried over, not added.
public struct ReextractionChange: Hashable, Sendable {
    /// One statement as the summary shows it.
    public struct Line: Hashable, Sendable {
        public let statementID: StatementID
        public let party: PartyID
        public let topic: TopicID
        public let stance: Stance
        public let evidence: String
    }

    /// A curation and what became of it.
    public struct Carried: Hashable, Sendable {
        /// The retracted or corrected statement.
        public let curated: StatementID
        public let retracted: Bool
        /// The new statement the curation now covers; nil when no new statement says the same.
        public let newStatement: StatementID?
    }

    public let added: [Line]
    public let dropped: [Line]
    /// Matched statements whose stance differs: (before, after).
    public let changed: [Changed]
    public let carried: [Carried]

    /// A statement the new extraction scores differently.
    public struct Changed: Hashable, Sendable {
        public let before: Line
        public let after: Line
    }

    /// Whether nothing is added, dropped or changed.
    public var isEmpty: Bool { added.isEmpty && dropped.isEmpty && changed.isEmpty }
}
