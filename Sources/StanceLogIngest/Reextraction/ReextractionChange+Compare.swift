import StanceLogCore
import StanceLogTimeline

extension ReextractionChange {
    /// No change: an article already read by the current extractor.
    static let none = ReextractionChange(added: [], dropped: [], changed: [], carried: [])

    /// Compares the counting statements of an article with a new extraction of it (see the type's rule).
    init(before: ArticleStatements, after statements: [PositionStated]) {
        let curated = before.curated
        var remaining = before.countingExtracted
        var added: [Line] = []
        var changed: [Changed] = []
        var carriedTo: [StatementID: StatementID] = [:]
        for statement in statements {
            let claim = Claim(
                party: statement.party.rawValue, topic: statement.topic.rawValue,
                evidence: statement.evidence.map(\.text))
            if let absorber = CurationCarryOver.absorber(of: claim, among: curated.map(\.curation)) {
                let id = StatementID(rawValue: absorber.statementID)
                if carriedTo[id] == nil { carriedTo[id] = statement.statementID }
                continue
            }
            if let index = remaining.firstIndex(where: { $0.extractedClaim.saysTheSame(as: claim) }) {
                let old = remaining.remove(at: index)
                if old.stance != statement.stance {
                    changed.append(Changed(before: Line(old), after: Line(statement)))
                }
                continue
            }
            added.append(Line(statement))
        }
        self.init(
            added: added, dropped: remaining.map(Line.init), changed: changed,
            carried: curated.map {
                Carried(
                    curated: $0.stated.statementID, retracted: $0.retracted,
                    newStatement: carriedTo[$0.stated.statementID])
            })
    }
}

extension ReextractionChange.Line {
    init(_ statement: PositionStated) {
        self.init(
            statementID: statement.statementID, party: statement.party, topic: statement.topic,
            stance: statement.stance, evidence: statement.evidence.map(\.text).joined(separator: " … "))
    }

    init(_ statement: ArticleStatements.Statement) {
        self.init(
            statementID: statement.stated.statementID, party: statement.party, topic: statement.topic,
            stance: statement.stance, evidence: statement.stated.evidence.map(\.text).joined(separator: " … "))
    }
}
