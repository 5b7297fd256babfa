public import StanceLogCore
public import StanceLogTimeline

/// Builds a ``ReportModel`` from the projections, never from the log itself.
public struct ReportBuilder: Sendable {
    /// A topic to chart, with the polar question it answers.
    public struct Topic: Hashable, Sendable {
        public let id: TopicID
        public let question: String

        public init(id: TopicID, question: String) {
            self.id = id
            self.question = question
        }
    }

    public let queries: any StanceQuerying
    /// The parties in legend and colour order.
    public let parties: [ReportParty]
    public let topics: [Topic]

    public init(queries: any StanceQuerying, parties: [ReportParty], topics: [Topic]) {
        self.queries = queries
        self.parties = parties
        self.topics = topics
    }

    /// - Parameters:
    ///   - from: the start of the valid-time window; default: the first day of the first statement's date.
    ///   - to: its end; default: the last day of the last statement's date.
    ///   - logPosition: the sequence number the projections are caught up to (shown in the header).
    /// - Throws: ``StanceLogError`` `notFound` when no statement passes the filter.
    public func build(
        from: PartialDate?, to: PartialDate?, filter: StanceFilter, asOf: AsOf?, logPosition: Int64
    ) async throws -> ReportModel {
        let articles = try await queries.articles(asOf: asOf)
        let titles = Dictionary(articles.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let points = try await queries.timeline(filter: filter, asOf: asOf, changesOnly: true)
        guard let first = points.map(\.date.startDay).min(), let last = points.map(\.date.endDay).max() else {
            throw StanceLogError(
                .notFound, "no statements in the log for this selection",
                hint: "ingest articles first, or widen --party / --topic / --as-of")
        }
        guard let fromDate = from ?? Self.date(first), let toDate = to ?? Self.date(last) else {
            throw StanceLogError(.invalidInput, "the statements' dates fall outside the years 1…9999")
        }
        guard fromDate.startDay <= toDate.endDay else {
            throw StanceLogError(
                .invalidInput, "the window \(fromDate) – \(toDate) ends before it starts",
                hint: from == nil ? "the first statement is dated \(fromDate): give a later end, or a start too" : "swap the dates")
        }
        let window = fromDate.startDay...toDate.endDay
        var reportTopics: [ReportTopic] = []
        for topic in topics where filter.topics.isEmpty || filter.topics.contains(topic.id) {
            var series: [ReportSeries] = []
            for party in parties where filter.admits(party: party.id, topic: topic.id) {
                let steps = points.filter { $0.party == party.id && $0.topic == topic.id }
                    .map { ReportStep(day: $0.date.endDay, stance: $0.stance) }
                let before = steps.last { $0.day < window.lowerBound }
                let inside = steps.filter { window.contains($0.day) }
                guard before != nil || !inside.isEmpty else { continue }
                let statements = try await queries.statements(party: party.id, topic: topic.id, asOf: asOf)
                series.append(
                    ReportSeries(
                        party: party.id,
                        steps: (before.map { [ReportStep(day: window.lowerBound, stance: $0.stance)] } ?? []) + inside,
                        statements: statements.map {
                            ReportStatement(
                                date: $0.date, party: $0.party, stance: $0.stance, attribution: $0.attribution,
                                speaker: $0.speaker, evidence: $0.evidence, articleTitle: titles[$0.article] ?? nil,
                                review: ReportReview(
                                    analyst: $0.analyst, corrected: $0.corrected || ($0.reviewed && !$0.analyst),
                                    confidence: $0.confidence),
                                statement: $0.statementID, article: $0.article)
                        },
                        carried: before != nil))
            }
            reportTopics.append(ReportTopic(id: topic.id, question: topic.question, series: series))
        }
        let diff = try await queries.diff(from: fromDate, to: toDate, asOf: asOf, filter: filter)
        let state = try await queries.state(at: toDate, asOf: asOf, filter: filter)
        return ReportModel(
            title: "Negotiation stances \(fromDate) – \(toDate)", logPosition: logPosition, window: window,
            parties: parties, topics: reportTopics,
            diff: ReportDiff(
                from: fromDate, to: toDate,
                rows: diff.map {
                    ReportDiff.Row(
                        party: $0.party, topic: $0.topic, from: Self.evidence($0.from), to: Self.evidence($0.to),
                        changes: $0.changes.map {
                            ReportEvidence(
                                stance: $0.stance, date: $0.date, evidence: $0.evidence, statement: $0.statementID,
                                article: $0.article)
                        },
                        statementsBetween: $0.statementsBetween)
                }),
            state: ReportState(
                at: toDate,
                cells: state.compactMap { cell in
                    Self.evidence(cell.reading).map { ReportState.Cell(party: cell.party, topic: cell.topic, latest: $0) }
                }),
            articles: articles.filter { $0.published.endDay >= window.lowerBound && $0.published.startDay <= window.upperBound })
    }

    /// The day `yyyymmdd` as a date.
    private static func date(_ yyyymmdd: Int) -> PartialDate? {
        PartialDate(year: yyyymmdd / 10_000, month: yyyymmdd / 100 % 100, day: yyyymmdd % 100)
    }

    private static func evidence(_ reading: StanceReading) -> ReportEvidence? {
        guard let stance = reading.stance, let date = reading.date else { return nil }
        return ReportEvidence(
            stance: stance, date: date, evidence: reading.evidence ?? "", statement: reading.statementID,
            article: reading.article)
    }
}
