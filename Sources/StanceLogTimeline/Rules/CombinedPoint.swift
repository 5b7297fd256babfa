import StanceLogCore

/// The combined stance of one (party, topic) at one valid date, with the statement shown as its evidence.
package struct CombinedPoint: Hashable, Sendable {
    /// The day the point counts at: the last day of the statements' period.
    package let validEnd: Day
    package let stance: Int
    /// The statement that best shows the combined stance.
    package let evidence: PointEvidence
    /// Live statements at this date.
    package let statements: Int
    /// The combined stance of the previous point of the timeline; nil for the first.
    package var previousStance: Int?

    package init(validEnd: Day, stance: Int, evidence: PointEvidence, statements: Int, previousStance: Int?) {
        self.validEnd = validEnd
        self.stance = stance
        self.evidence = evidence
        self.statements = statements
        self.previousStance = previousStance
    }

    /// True when the stance differs from the one before (or there was none).
    package var isChange: Bool { previousStance != stance }
}
