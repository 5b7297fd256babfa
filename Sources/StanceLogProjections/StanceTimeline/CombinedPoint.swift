package import StanceLogCore

/// The combined stance of one (party, topic) at one valid date, with the statement shown as its evidence.
package struct CombinedPoint: Hashable, Sendable {
    /// The date the point counts at: the last day of the statements' period, as `yyyymmdd`.
    package let validEnd: Int
    package let stance: Int
    /// The statement that best shows the combined stance.
    package let evidence: PointEvidence
    /// Live statements at this date.
    package let statements: Int
    /// The combined stance of the previous point of the timeline; nil for the first.
    package var previousStance: Int?
    /// Live statements of the timeline up to and including this date.
    package var cumulative: Int

    package init(
        validEnd: Int, stance: Int, evidence: PointEvidence, statements: Int, previousStance: Int?, cumulative: Int
    ) {
        self.validEnd = validEnd
        self.stance = stance
        self.evidence = evidence
        self.statements = statements
        self.previousStance = previousStance
        self.cumulative = cumulative
    }

    /// True when the stance differs from the one before (or there was none).
    package var isChange: Bool { previousStance != stance }
}

/// Which statement version a point shows as its evidence; its text is loaded only when displayed.
package struct PointEvidence: Hashable, Sendable {
    package let statementID: StatementID
    package let articleID: ArticleID
    package let attribution: Attribution
    package let reviewed: Bool
    package let validDate: String
    /// The event that made the version: evidence and speaker are read as of it.
    package let fromSeq: Int64

    package init(
        statementID: StatementID, articleID: ArticleID, attribution: Attribution, reviewed: Bool, validDate: String,
        fromSeq: Int64
    ) {
        self.statementID = statementID
        self.articleID = articleID
        self.attribution = attribution
        self.reviewed = reviewed
        self.validDate = validDate
        self.fromSeq = fromSeq
    }

    package init(_ member: TimelineMember) {
        self.init(
            statementID: member.statementID, articleID: member.articleID, attribution: member.attribution,
            reviewed: member.reviewed, validDate: member.validDate, fromSeq: member.fromSeq)
    }
}
