public import StanceLogCore

/// The stance queries over statement versions held in memory, for tests of the report and the command line.
///
/// It applies the same rules as the SQLite projection (``StanceCombiner``, assembled by
/// the same code), but takes the statement versions as given instead of folding them
/// from events: a test states what the log knows and checks what is shown.
public struct InMemoryStanceQueries: StanceQuerying {
    /// One version of one statement, alive from the event `fromSeq` until `toSeq` (nil: still alive).
    public struct Version: Hashable, Sendable {
        public let statementID: StatementID
        public let article: ArticleID
        public let party: PartyID
        public let topic: TopicID
        public let stance: Stance
        public let attribution: Attribution
        /// An analyst's statement, or one an analyst corrected.
        public let reviewed: Bool
        public let date: PartialDate
        public let speaker: String?
        /// The evidence sentences, joined by ` … `.
        public let evidence: String
        public let fromSeq: Int64
        public let toSeq: Int64?
        public let origin: StatementOrigin?
        public let confidence: Double?

        public init(
            statementID: StatementID, article: ArticleID, party: PartyID, topic: TopicID, stance: Stance,
            attribution: Attribution = .direct, reviewed: Bool = false, date: PartialDate, speaker: String? = nil,
            evidence: String, fromSeq: Int64, toSeq: Int64? = nil, origin: StatementOrigin? = nil,
            confidence: Double? = nil
        ) {
            self.statementID = statementID
            self.article = article
            self.party = party
            self.topic = topic
            self.stance = stance
            self.attribution = attribution
            self.reviewed = reviewed
            self.date = date
            self.speaker = speaker
            self.evidence = evidence
            self.fromSeq = fromSeq
            self.toSeq = toSeq
            self.origin = origin
            self.confidence = confidence
        }

        func isAlive(at sequence: Int64) -> Bool {
            fromSeq <= sequence && (toSeq.map { $0 > sequence } ?? true)
        }
    }

    /// An article of the catalogue, recorded by the event `sequence`.
    public struct Article: Hashable, Sendable {
        public let id: ArticleID
        public let title: String?
        public let published: PartialDate
        public let outlet: String?
        public let url: String?
        public let sequence: Int64

        public init(
            id: ArticleID, title: String? = nil, published: PartialDate, outlet: String? = nil, url: String? = nil,
            sequence: Int64
        ) {
            self.id = id
            self.title = title
            self.published = published
            self.outlet = outlet
            self.url = url
            self.sequence = sequence
        }
    }

    public let versions: [Version]
    public let catalog: [Article]
    /// The record time of each event, by sequence number; `sequence(at: .recorded(…))` reads it.
    public let recordTimes: [Int64: RecordTime]

    public init(versions: [Version], articles: [Article] = [], recordTimes: [Int64: RecordTime] = [:]) {
        self.versions = versions
        self.catalog = articles
        self.recordTimes = recordTimes
    }

    public func sequence(at asOf: AsOf) async throws -> Int64 {
        try resolve(asOf)
    }

    private func resolve(_ asOf: AsOf) throws -> Int64 {
        switch asOf {
        case .sequence(let sequence):
            return try StanceAnswers.requireValid(sequence: sequence)
        case .recorded(let time):
            return recordTimes.filter { $0.value <= time }.keys.max() ?? 0
        }
    }

    public func state(at date: PartialDate, asOf: AsOf?, filter: StanceFilter) async throws -> [StateCell] {
        var source = try self.source(asOf)
        return try StanceAnswers.state(at: date, filter: filter, from: &source)
    }

    public func timeline(filter: StanceFilter, asOf: AsOf?, changesOnly: Bool) async throws -> [TimelinePoint] {
        var source = try self.source(asOf)
        return try StanceAnswers.timeline(filter: filter, changesOnly: changesOnly, from: &source)
    }

    public func statements(party: PartyID, topic: TopicID, asOf: AsOf?) async throws -> [StatementRecord] {
        var source = try self.source(asOf)
        return try StanceAnswers.statements(party: party, topic: topic, from: &source)
    }

    public func diff(from: PartialDate, to: PartialDate, asOf: AsOf?, filter: StanceFilter) async throws -> [DiffRow] {
        try StanceAnswers.requireOrdered(from: from, to: to)
        var source = try self.source(asOf)
        return try StanceAnswers.diff(from: from, to: to, filter: filter, from: &source)
    }

    public func articles(asOf: AsOf?) async throws -> [CatalogArticle] {
        let cutoff = try asOf.map(resolve) ?? Int64.max
        return catalog.filter { $0.sequence <= cutoff }
            .sorted { ($0.published.endDay, $0.id.rawValue) < ($1.published.endDay, $1.id.rawValue) }
            .map { article in
                CatalogArticle(
                    id: article.id, title: article.title, published: article.published, outlet: article.outlet,
                    url: article.url,
                    statements: versions.filter { $0.article == article.id && $0.isAlive(at: cutoff) }.count)
            }
    }

    private func source(_ asOf: AsOf?) throws -> Source {
        let cutoff = try asOf.map(resolve) ?? Int64.max
        return Source(alive: versions.filter { $0.isAlive(at: cutoff) }, all: versions, cutoff: cutoff)
    }

    /// The versions alive at one point, grouped into timelines and combined on demand.
    private struct Source: TimelineSource {
        let alive: [Version]
        let all: [Version]
        let cutoff: Int64

        func pairs(_ filter: StanceFilter) throws -> [TimelinePair] {
            let known = all.filter { $0.fromSeq <= cutoff && filter.admits(party: $0.party, topic: $0.topic) }
            return Set(known.map { TimelinePair(party: $0.party.rawValue, topic: $0.topic.rawValue) }).sorted()
        }

        func latest(_ pair: TimelinePair, through day: Day) throws -> CombinedPoint? {
            try points(pair, after: nil, through: day, changesOnly: false, limit: nil).last
        }

        func points(_ pair: TimelinePair, after: Day?, through: Day?, changesOnly: Bool, limit: Int?) throws
            -> [CombinedPoint]
        {
            let points = StanceCombiner.points(try members(pair), after: nil).filter { point in
                (after.map { point.validEnd > $0 } ?? true) && (through.map { point.validEnd <= $0 } ?? true)
            }
            return Array((changesOnly ? points.filter(\.isChange) : points).prefix(limit ?? .max))
        }

        func statementCount(_ pair: TimelinePair, after: Day, through: Day) throws -> Int {
            try members(pair).filter { $0.validEnd > after && $0.validEnd <= through }.count
        }

        func members(_ pair: TimelinePair) throws -> [TimelineMember] {
            alive.filter { $0.party.rawValue == pair.party && $0.topic.rawValue == pair.topic }
                .map { version in
                    TimelineMember(
                        statementID: version.statementID, articleID: version.article, stance: version.stance.value,
                        attribution: version.attribution, reviewed: version.reviewed, validDate: version.date,
                        fromSeq: version.fromSeq)
                }
                .sorted { ($0.validEnd, $0.statementID.rawValue) < ($1.validEnd, $1.statementID.rawValue) }
        }

        func text(of evidence: PointEvidence) throws -> EvidenceText {
            let version = all.first { $0.statementID == evidence.statementID && $0.fromSeq == evidence.fromSeq }
            return EvidenceText(
                speaker: version?.speaker, evidence: version?.evidence ?? "", origin: version?.origin,
                confidence: version?.confidence)
        }
    }
}
