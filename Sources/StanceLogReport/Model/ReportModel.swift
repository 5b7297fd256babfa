public import StanceLogCore
public import StanceLogTimeline

/// Everything the HTML report shows, already computed from the projections.
///
/// Rendering is a pure function of this value, so the same log and options give
/// byte-identical HTML.
public struct ReportModel: Hashable, Sendable {
    public var title: String
    /// The last global sequence the report reflects.
    public var logPosition: Int64
    /// The chain head the report was built from, `SEQ:HASH` (shown in the footer); nil to show none.
    public var head: String? = nil
    /// The valid-time window of the charts and the diff.
    public var window: ClosedRange<Int>
    public var parties: [ReportParty]
    public var topics: [ReportTopic]
    public var diff: ReportDiff
    public var state: ReportState
    public var articles: [CatalogArticle]
    /// Titles derived from the text (``LeadTitle``) for articles that have none from the manifest or a headline,
    /// shown in the source list marked as such; set by whoever reads the texts (the report command).
    public var textTitles: [ArticleID: String] = [:]

    public init(
        title: String, logPosition: Int64, window: ClosedRange<Int>, parties: [ReportParty], topics: [ReportTopic],
        diff: ReportDiff, state: ReportState, articles: [CatalogArticle]
    ) {
        self.title = title
        self.logPosition = logPosition
        self.window = window
        self.parties = parties
        self.topics = topics
        self.diff = diff
        self.state = state
        self.articles = articles
    }
}

/// A party as the report names and colours it.
public struct ReportParty: Hashable, Sendable {
    public let id: PartyID
    public let name: String

    public init(id: PartyID, name: String) {
        self.id = id
        self.name = name
    }
}

/// One topic's chart: a series per party.
public struct ReportTopic: Hashable, Sendable {
    public let id: TopicID
    public let question: String
    public let series: [ReportSeries]

    public init(id: TopicID, question: String, series: [ReportSeries]) {
        self.id = id
        self.question = question
        self.series = series
    }
}

/// One party's stance over valid time on one topic: one lane of the topic's chart.
public struct ReportSeries: Hashable, Sendable {
    public let party: PartyID
    /// Change points of the combined stance, in date order: from `day` (yyyymmdd) on, the stance is `stance`.
    public let steps: [ReportStep]
    /// Every statement behind the line.
    public let statements: [ReportStatement]
    /// True when the first step is the stance at the window's start, carried over from statements before it.
    public let carried: Bool

    public init(party: PartyID, steps: [ReportStep], statements: [ReportStatement], carried: Bool = false) {
        self.party = party
        self.steps = steps
        self.statements = statements
        self.carried = carried
    }
}

/// From `day` (yyyymmdd) on, the combined stance is `stance`.
public struct ReportStep: Hashable, Sendable {
    public let day: Int
    public let stance: Stance

    public init(day: Int, stance: Stance) {
        self.day = day
        self.stance = stance
    }
}

/// One statement as a point (or a span, for a month or year) on a chart.
public struct ReportStatement: Hashable, Sendable {
    public let date: PartialDate
    public let party: PartyID
    public let stance: Stance
    public let attribution: Attribution
    public let speaker: String?
    public let evidence: String
    public let articleTitle: String?
    /// How far the statement was checked by a person: marked on the chart.
    public let review: ReportReview
    /// The statement itself and its article, which the chart's mark links to (nil when unknown).
    public let statement: StatementID?
    public let article: ArticleID?

    public init(
        date: PartialDate, party: PartyID, stance: Stance, attribution: Attribution, speaker: String?,
        evidence: String, articleTitle: String?, review: ReportReview = .extracted, statement: StatementID? = nil,
        article: ArticleID? = nil
    ) {
        self.date = date
        self.party = party
        self.stance = stance
        self.attribution = attribution
        self.speaker = speaker
        self.evidence = evidence
        self.articleTitle = articleTitle
        self.review = review
        self.statement = statement
        self.article = article
    }
}

/// Where a statement on the chart comes from, as far as a reader should trust it.
public enum ReportReview: String, Hashable, Sendable, CaseIterable {
    /// Found by the extractor, not checked by anyone.
    case extracted
    /// Found by the extractor with a confidence below ``ReportReview/confidenceThreshold``.
    case lowConfidence = "low confidence"
    /// Recorded by an analyst.
    case analyst = "analyst"
    /// Found by the extractor, then corrected by an analyst.
    case corrected = "corrected"

    /// Extractor confidence below which a statement is marked as uncertain.
    public static let confidenceThreshold = 0.6

    /// The review of a statement: analyst, corrected, low confidence or plainly extracted.
    public init(analyst: Bool, corrected: Bool, confidence: Double?) {
        if analyst {
            self = .analyst
        } else if corrected {
            self = .corrected
        } else if let confidence, confidence < Self.confidenceThreshold {
            self = .lowConfidence
        } else {
            self = .extracted
        }
    }

    /// True for the statements a person checked.
    public var isReviewed: Bool { self == .analyst || self == .corrected }
}
