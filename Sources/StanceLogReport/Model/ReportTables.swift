public import StanceLogCore

/// A stance with the date and sentence it rests on, and the statement and article it comes from.
public struct ReportEvidence: Hashable, Sendable {
    public let stance: Stance
    public let date: PartialDate
    public let evidence: String
    /// The statement the evidence is from, linked from the report (nil when unknown).
    public let statement: StatementID?
    /// The article the statement is from (nil when unknown).
    public let article: ArticleID?

    public init(stance: Stance, date: PartialDate, evidence: String, statement: StatementID? = nil, article: ArticleID? = nil) {
        self.stance = stance
        self.date = date
        self.evidence = evidence
        self.statement = statement
        self.article = article
    }
}

/// The stances at two dates, per (party, topic): the content of `stancelog diff FROM TO`.
public struct ReportDiff: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public let party: PartyID
        public let topic: TopicID
        public let from: ReportEvidence?
        public let to: ReportEvidence?
        /// The change points after FROM up to TO, in date order.
        public let changes: [ReportEvidence]
        /// Statements with a valid date after FROM and up to TO.
        public let statementsBetween: Int

        /// How the stance moved from FROM to TO (`new`, `hardened`, `round trip`, …).
        public var move: StanceMove? {
            StanceMove(from: from?.stance, to: to?.stance, movedBetween: !changes.isEmpty)
        }

        /// The stance the summary starts from: at FROM, or the first one stated after it.
        public var start: ReportEvidence? { from ?? changes.first }

        /// How the stance moved from ``start`` to TO: never `new`, so that a window
        /// starting at the first statement still tells which stances hardened or reversed.
        public var storyMove: StanceMove? {
            StanceMove(from: start?.stance, to: to?.stance, movedBetween: changes.count > (from == nil ? 1 : 0))
        }

        public init(
            party: PartyID, topic: TopicID, from: ReportEvidence?, to: ReportEvidence?, changes: [ReportEvidence],
            statementsBetween: Int
        ) {
            self.party = party
            self.topic = topic
            self.from = from
            self.to = to
            self.changes = changes
            self.statementsBetween = statementsBetween
        }
    }

    public let from: PartialDate
    public let to: PartialDate
    public let rows: [Row]

    public init(from: PartialDate, to: PartialDate, rows: [Row]) {
        self.from = from
        self.to = to
        self.rows = rows
    }
}

/// The party × topic matrix at one date.
public struct ReportState: Hashable, Sendable {
    public struct Cell: Hashable, Sendable {
        public let party: PartyID
        public let topic: TopicID
        public let latest: ReportEvidence

        public init(party: PartyID, topic: TopicID, latest: ReportEvidence) {
            self.party = party
            self.topic = topic
            self.latest = latest
        }
    }

    public let at: PartialDate
    public let cells: [Cell]

    public init(at: PartialDate, cells: [Cell]) {
        self.at = at
        self.cells = cells
    }
}
