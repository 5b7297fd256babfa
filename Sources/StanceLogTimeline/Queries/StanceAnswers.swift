package import StanceLogCore

/// Turns what a ``TimelineSource`` reads into the answers of ``StanceQuerying``.
///
/// Every implementation of the queries calls these, so the shapes of the answers
/// (which timelines a diff lists, the order of timeline points, what an unknown
/// stance looks like) are decided once.
package enum StanceAnswers {
    package static func state(at date: PartialDate, filter: StanceFilter, from source: inout some TimelineSource)
        throws -> [StateCell]
    {
        try source.pairs(filter).map { pair in
            let point = try source.latest(pair, through: date.lastDay)
            return StateCell(
                party: PartyID(pair.party), topic: TopicID(pair.topic), reading: try reading(point, from: &source))
        }
    }

    /// The points of every timeline in `window`, by date then party and topic.
    ///
    /// Each timeline yields at most `window.limit` points; they are merged in order and cut to the
    /// limit before any evidence is read, so a bounded query reads the text of the points it returns only.
    package static func timeline(
        filter: StanceFilter, changesOnly: Bool, window: TimelineWindow = .all, from source: inout some TimelineSource
    ) throws -> [TimelinePoint] {
        var points: [(pair: TimelinePair, point: CombinedPoint)] = []
        for pair in try source.pairs(filter) {
            for point in try source.points(
                pair, after: window.after, through: window.through, changesOnly: changesOnly, limit: window.limit)
            {
                points.append((pair, point))
            }
        }
        let ordered = points.sorted { lhs, rhs in
            if lhs.point.validEnd != rhs.point.validEnd { return lhs.point.validEnd < rhs.point.validEnd }
            return lhs.pair < rhs.pair
        }
        return try ordered.prefix(window.limit ?? .max).map { try timelinePoint($0.point, of: $0.pair, from: &source) }
    }

    package static func statements(party: PartyID, topic: TopicID, from source: inout some TimelineSource) throws
        -> [StatementRecord]
    {
        try source.members(TimelinePair(party: party.rawValue, topic: topic.rawValue)).map { member in
            let text = try source.text(of: PointEvidence(member))
            return StatementRecord(
                statementID: member.statementID, article: member.articleID, party: party, topic: topic,
                stance: try stance(member.stance), attribution: member.attribution, date: member.validDate,
                speaker: text.speaker, evidence: text.evidence, reviewed: member.reviewed, sequence: member.fromSeq,
                confidence: text.confidence, analyst: text.analyst, corrected: text.corrected)
        }
    }

    /// A sequence number given as `--as-of`.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` when it is negative.
    package static func requireValid(sequence: Int64) throws -> Int64 {
        guard sequence >= 0 else {
            throw StanceLogError(
                .invalidInput, "--as-of \(sequence) is negative", hint: "give a sequence number from 0 upward")
        }
        return sequence
    }

    /// Refuses a diff whose FROM ends after its TO.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` naming both dates.
    package static func requireOrdered(from: PartialDate, to: PartialDate) throws {
        guard from.lastDay <= to.lastDay else {
            throw StanceLogError(
                .invalidInput, "FROM \(from) is after TO \(to)", hint: "give the earlier date first: diff \(to) \(from)")
        }
    }

    /// - Parameter summary: leave out the change list (`diff --summary`): `changed` is read from
    ///   the first change point alone, whose evidence is never loaded.
    package static func diff(
        from: PartialDate, to: PartialDate, filter: StanceFilter, summary: Bool = false,
        from source: inout some TimelineSource
    ) throws -> [DiffRow] {
        try requireOrdered(from: from, to: to)
        var rows: [DiffRow] = []
        for pair in try source.pairs(filter) {
            guard let end = try source.latest(pair, through: to.lastDay) else { continue }
            let start = try source.latest(pair, through: from.lastDay)
            let changes = try source.points(
                pair, after: from.lastDay, through: to.lastDay, changesOnly: true, limit: summary ? 1 : nil)
            let (party, topic) = (PartyID(pair.party), TopicID(pair.topic))
            let fromReading = try reading(start, from: &source)
            let toReading = try reading(end, from: &source)
            let statements = try source.statementCount(pair, after: from.lastDay, through: to.lastDay)
            rows.append(
                summary
                    ? DiffRow(
                        party: party, topic: topic, from: fromReading, to: toReading, changed: !changes.isEmpty,
                        statementsBetween: statements)
                    : DiffRow(
                        party: party, topic: topic, from: fromReading, to: toReading,
                        changes: try changes.map { try timelinePoint($0, of: pair, from: &source) },
                        statementsBetween: statements))
        }
        return rows
    }

    private static func reading(_ point: CombinedPoint?, from source: inout some TimelineSource) throws
        -> StanceReading
    {
        guard let point else { return .unknown }
        let text = try source.text(of: point.evidence)
        return StanceReading(
            stance: try stance(point.stance), date: point.evidence.validDate, evidence: text.evidence,
            article: point.evidence.articleID, statementID: point.evidence.statementID, speaker: text.speaker,
            attribution: point.evidence.attribution, statements: point.statements, origin: text.origin,
            confidence: text.confidence)
    }

    private static func timelinePoint(
        _ point: CombinedPoint, of pair: TimelinePair, from source: inout some TimelineSource
    ) throws -> TimelinePoint {
        let text = try source.text(of: point.evidence)
        return TimelinePoint(
            party: PartyID(pair.party), topic: TopicID(pair.topic), date: point.evidence.validDate,
            stance: try stance(point.stance), previous: try point.previousStance.map(stance), evidence: text.evidence,
            article: point.evidence.articleID, statementID: point.evidence.statementID, speaker: text.speaker,
            attribution: point.evidence.attribution, statements: point.statements, origin: text.origin,
            confidence: text.confidence)
    }

    private static func stance(_ value: Int) throws -> Stance {
        guard let stance = Stance(value) else {
            throw StanceLogError(
                .corruptEvent, "the stance timeline holds a stance \(value) outside -2...2",
                hint: "rebuild it with `stancelog replay`")
        }
        return stance
    }
}
