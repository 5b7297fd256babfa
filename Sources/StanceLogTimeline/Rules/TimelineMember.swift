package import StanceLogCore

/// One live statement version as a timeline sees it: what the combination rules need.
package struct TimelineMember: Hashable, Sendable {
    package let statementID: StatementID
    package let articleID: ArticleID
    package let stance: Int
    package let attribution: Attribution
    /// True for analyst statements and for statements an analyst corrected (``StatementCounting/isReviewed(extraction:corrected:)``).
    package let reviewed: Bool
    package let validDate: PartialDate
    /// The event that made this version; evidence is read as of it.
    package let fromSeq: Int64

    package init(
        statementID: StatementID, articleID: ArticleID, stance: Int, attribution: Attribution, reviewed: Bool,
        validDate: PartialDate, fromSeq: Int64
    ) {
        self.statementID = statementID
        self.articleID = articleID
        self.stance = stance
        self.attribution = attribution
        self.reviewed = reviewed
        self.validDate = validDate
        self.fromSeq = fromSeq
    }

    /// The first day of the statement's period: a day-precise date starts later than its month.
    package var validStart: Day { validDate.firstDay }

    /// The day the statement counts at: the last day of its period.
    package var validEnd: Day { validDate.lastDay }
}
