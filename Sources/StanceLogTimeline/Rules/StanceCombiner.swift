import StanceLogCore

/// The rules that turn the statements of one (party, topic) into a stance over valid time.
///
/// 1. A statement counts at the **end of its period**: `2025-02` at 2025-02-28,
///    `2025` at 2025-12-31. That is the first day it is certainly said by, so a
///    state at any date never shows a stance that may not have been taken yet.
/// 2. Statements that count at the same day are **combined**:
///    a. reviewed statements (an analyst's own, or corrected by an analyst) outrank
///       extracted ones: a human read the sentence, so a correction always wins;
///    b. among the rest, the strongest attribution wins: direct over reported over inferred;
///    c. the remaining stances are averaged and the mean rounded towards zero, so
///       a tie between +1 and −1 gives 0 (ambivalent) and +2 with +1 gives +1: the
///       combination never claims more than the statements support.
/// 3. The **evidence** of a combined point is the kept statement whose stance is
///    closest to the combined one, then the most precise date, then the smallest
///    statement id: a choice that depends on the statements only, not on the order
///    they were recorded, so late arrival gives the same timelines.
/// 4. The stance at a date is the combined stance of the latest point at or before it.
package enum StanceCombiner {
    /// Combines the live statements that count at one day; nil for none.
    package static func combine(_ members: [TimelineMember]) -> (stance: Int, representative: TimelineMember)? {
        guard let first = members.first else { return nil }
        let reviewed = members.contains(where: \.reviewed)
        var strongest = first.attribution.strength
        var kept: [TimelineMember] = []
        for member in members where member.reviewed == reviewed {
            let strength = member.attribution.strength
            if strength > strongest || kept.isEmpty {
                strongest = strength
                kept = [member]
            } else if strength == strongest {
                kept.append(member)
            }
        }
        let stance = kept.reduce(0) { $0 + $1.stance } / kept.count
        let representative = kept.min { lhs, rhs in
            let left = abs(lhs.stance - stance)
            let right = abs(rhs.stance - stance)
            if left != right { return left < right }
            if lhs.validStart != rhs.validStart { return lhs.validStart > rhs.validStart }
            return lhs.statementID < rhs.statementID
        }
        return representative.map { (stance, $0) }
    }

    /// Folds members sorted by `validEnd` into points, continuing after a point of stance `previousStance`.
    package static func points(_ members: [TimelineMember], after previousStance: Int?) -> [CombinedPoint] {
        var points: [CombinedPoint] = []
        var previousStance = previousStance
        var index = members.startIndex
        while index < members.endIndex {
            let day = members[index].validEnd
            var end = index
            while end < members.endIndex, members[end].validEnd == day { end += 1 }
            if let point = point(at: day, of: Array(members[index..<end]), after: previousStance) {
                points.append(point)
                previousStance = point.stance
            }
            index = end
        }
        return points
    }

    /// The combined point of the live `members` that count at `day`, after a point of stance
    /// `previousStance`; nil when there are none.
    package static func point(at day: Day, of members: [TimelineMember], after previousStance: Int?) -> CombinedPoint? {
        combine(members).map { combined in
            CombinedPoint(
                validEnd: day, stance: combined.stance, evidence: PointEvidence(combined.representative),
                statements: members.count, previousStance: previousStance)
        }
    }
}
