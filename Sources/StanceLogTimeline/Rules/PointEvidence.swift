package import StanceLogCore

/// Which statement version a point shows as its evidence; its text is loaded only when displayed.
package struct PointEvidence: Hashable, Sendable {
    package let statementID: StatementID
    package let articleID: ArticleID
    package let attribution: Attribution
    package let reviewed: Bool
    package let validDate: PartialDate
    /// The event that made the version: evidence and speaker are read as of it.
    package let fromSeq: Int64

    package init(
        statementID: StatementID, articleID: ArticleID, attribution: Attribution, reviewed: Bool, validDate: PartialDate,
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
