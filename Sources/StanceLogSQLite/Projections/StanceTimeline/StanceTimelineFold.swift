import GRDB
import StanceLogCore
import StanceLogTimeline

/// Folds one batch of events into statement versions, then re-folds the touched days.
///
/// Every event opens or closes versions of statements; each change marks the
/// valid day it counts at in its (party, topic). At the end of the batch only
/// those days are re-folded (``TimelineDayFold``): a late-arriving old article
/// costs the points of its own days and the point after each, never the rest
/// of its timelines, never a pass over the log.
struct StanceTimelineFold {
    private let db: Database
    private var articleExtractions: [String: String?] = [:]
    private var touched: [TimelinePair: Set<Day>] = [:]
    private var firstSeen: [TimelinePair: Int64] = [:]
    private var cost = FoldCost()
    /// The row id the next opened version gets: SQLite's own choice (largest + 1), made here so
    /// that a new statement's `live_version` is known before either row is written.
    private var nextVersion: Int64

    init(db: Database) throws {
        self.db = db
        nextVersion = (try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM statement_versions") ?? 0) + 1
    }

    /// Applies `events` and re-folds what they touched.
    mutating func run(_ events: [ProjectedEvent]) throws -> FoldCost {
        for event in events { try apply(event) }
        return try finish()
    }

    /// Opens and closes the statement versions of one event; the timelines wait for ``finish()``.
    mutating func apply(_ event: ProjectedEvent) throws {
        switch event.type {
        case .articleIngested: try articleIngested(event)
        case .positionStated: try positionStated(event)
        case .statementCorrected: try statementCorrected(event)
        case .statementRetracted: try statementRetracted(event)
        case .extractionSuperseded: try extractionSuperseded(event)
        case .articleWithdrawn: try articleWithdrawn(event)
        case .articleRestored: try articleRestored(event)
        }
    }

    /// Records the new timelines and re-folds every touched day, in ascending order per timeline.
    mutating func finish() throws -> FoldCost {
        let insertPair = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO stance_pairs (party, topic, first_seq) VALUES (?, ?, ?)")
        for (pair, sequence) in firstSeen.sorted(by: { $0.key < $1.key }) {
            try insertPair.execute(arguments: [pair.party, pair.topic, sequence])
        }
        for (pair, days) in touched.sorted(by: { $0.key < $1.key }) {
            for day in days.sorted() {
                cost.pointsRefolded += try TimelineDayFold.refold(pair, at: day, in: db)
            }
            cost.timelinesRefolded += 1
        }
        return cost
    }

    private mutating func articleIngested(_ event: ProjectedEvent) throws {
        try setArticleExtraction(event.articleID.rawValue, to: event.extraction)
    }

    private mutating func positionStated(_ event: ProjectedEvent) throws {
        guard let id = event.statementID, let party = event.party, let topic = event.topic,
            let stance = event.stance, let attribution = event.attribution, let date = event.validDate
        else { return }
        var state = StatementState(
            statementID: id.rawValue, articleID: event.articleID.rawValue, extraction: event.extraction,
            party: party.rawValue, topic: topic.rawValue, stance: stance.value, attribution: attribution.rawValue,
            validDate: date.description, validStart: date.startDay, validEnd: date.endDay)
        let counts = state.counts(articleExtraction: try articleExtraction(state.articleID))
        if counts { state.liveVersion = nextVersion }
        // A statement id already known (the same statement recorded twice) keeps its first version.
        guard try state.insertIfNew(in: db) else { return }
        if counts { try open(&state, at: event.sequence) }
    }

    private mutating func statementCorrected(_ event: ProjectedEvent) throws {
        guard let id = event.statementID, var state = try StatementState.load(id.rawValue, in: db),
            !state.retracted
        else { return }
        try close(&state, at: event.sequence)
        if let party = event.party { state.party = party.rawValue }
        if let topic = event.topic { state.topic = topic.rawValue }
        if let stance = event.stance { state.stance = stance.value }
        if let attribution = event.attribution { state.attribution = attribution.rawValue }
        if let date = event.validDate {
            state.validDate = date.description
            state.validStart = date.startDay
            state.validEnd = date.endDay
        }
        state.corrected = true
        try open(&state, at: event.sequence)
        try state.insert(in: db)
        try absorbTwins(of: state, at: event.sequence)
    }

    private mutating func statementRetracted(_ event: ProjectedEvent) throws {
        guard let id = event.statementID, var state = try StatementState.load(id.rawValue, in: db),
            !state.retracted
        else { return }
        try close(&state, at: event.sequence)
        state.retracted = true
        try state.insert(in: db)
        try absorbTwins(of: state, at: event.sequence)
    }

    /// Closes every other counting, uncurated extracted statement of the article whose claim the
    /// just curated `state` covers (``CurationCarryOver``).
    private mutating func absorbTwins(of state: StatementState, at sequence: Int64) throws {
        guard state.extraction != nil, let claim = try ClaimReader.extractedClaim(of: state.statementID, in: db)
        else { return }
        let curated = CuratedClaim(
            statementID: state.statementID, retracted: state.retracted, extracted: claim, party: state.party,
            topic: state.topic)
        for var twin in try StatementState.extracted(ofArticle: state.articleID, in: db)
        where twin.statementID != state.statementID && twin.liveVersion != nil && !twin.corrected {
            guard let twinClaim = try ClaimReader.extractedClaim(of: twin.statementID, in: db),
                CurationCarryOver.absorber(of: twinClaim, among: [curated]) != nil
            else { continue }
            try close(&twin, at: sequence)
            twin.retracted = true
            try twin.insert(in: db)
        }
    }

    private mutating func extractionSuperseded(_ event: ProjectedEvent) throws {
        let article = event.articleID.rawValue
        try setArticleExtraction(article, to: event.extraction)
        var curated: [CuratedClaim]?
        for var state in try StatementState.extracted(ofArticle: article, in: db) {
            let counts = state.counts(articleExtraction: event.extraction)
            guard counts != (state.liveVersion != nil) else { continue }
            if counts {
                let known = try curated ?? ClaimReader.curated(ofArticle: article, in: db)
                curated = known
                if !known.isEmpty, let claim = try ClaimReader.extractedClaim(of: state.statementID, in: db),
                    CurationCarryOver.absorber(of: claim, among: known) != nil
                {
                    // Absorbed: a retraction or correction of the same claim carries over (never counts).
                    state.retracted = true
                    try state.insert(in: db)
                    continue
                }
                try open(&state, at: event.sequence)
            } else {
                try close(&state, at: event.sequence)
            }
            try state.insert(in: db)
        }
    }

    /// Closes every statement of the withdrawn article; they stay closed (marked retracted).
    private mutating func articleWithdrawn(_ event: ProjectedEvent) throws {
        for var state in try StatementState.all(ofArticle: event.articleID.rawValue, in: db) where !state.retracted {
            try close(&state, at: event.sequence)
            state.retracted = true
            try state.insert(in: db)
        }
    }

    /// Reopens what the withdrawal closed, as it stands: the statements it stopped counting count again.
    ///
    /// The withdrawal marked every statement of the article retracted. Those whose
    /// version it closed were counting and reopen. Those of an earlier extraction that
    /// no retraction names are unmarked without reopening, so that a later
    /// re-extraction treats them as before the withdrawal (absorption is decided
    /// anew when a statement would start counting). Retracted and absorbed ones stay.
    private mutating func articleRestored(_ event: ProjectedEvent) throws {
        let article = event.articleID.rawValue
        let withdrawal = try Int64.fetchOne(
            db, sql: "SELECT max(seq) FROM events WHERE stream_id = ? AND type = 'ArticleWithdrawn' AND seq < ?",
            arguments: [StreamID.article(event.articleID).rawValue, event.sequence])
        guard let withdrawal else { return }
        let closed = Set(
            try String.fetchAll(
                db, sql: "SELECT statement_id FROM statement_versions WHERE article_id = ? AND to_seq = ?",
                arguments: [article, withdrawal]))
        let current = try articleExtraction(article)
        let ownRetraction = try db.cachedStatement(
            sql: "SELECT EXISTS (SELECT 1 FROM events WHERE statement_id = ? AND type = 'StatementRetracted' AND seq < ?)")
        for var state in try StatementState.all(ofArticle: article, in: db) where state.retracted {
            if closed.contains(state.statementID) {
                state.retracted = false
                try open(&state, at: event.sequence)
            } else if let extraction = state.extraction, extraction != current,
                try Bool.fetchOne(ownRetraction, arguments: [state.statementID, event.sequence]) == false
            {
                state.retracted = false
            } else {
                continue
            }
            try state.insert(in: db)
        }
    }

    private mutating func open(_ state: inout StatementState, at sequence: Int64) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO statement_versions (rowid, statement_id, from_seq, to_seq, article_id, party, topic,
                    stance, attribution, reviewed, valid_date, valid_start, valid_end)
                VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            nextVersion, state.statementID, sequence, state.articleID, state.party, state.topic, state.stance,
            state.attribution, state.reviewed, state.validDate, state.validStart,
            state.validEnd,
        ])
        state.liveVersion = nextVersion
        nextVersion += 1
        let pair = TimelinePair(party: state.party, topic: state.topic)
        touch(pair, day: Day(yyyymmdd: state.validEnd))
        if firstSeen[pair] == nil { firstSeen[pair] = sequence }
    }

    private mutating func close(_ state: inout StatementState, at sequence: Int64) throws {
        guard let version = state.liveVersion else { return }
        let statement = try db.cachedStatement(sql: "UPDATE statement_versions SET to_seq = ? WHERE rowid = ?")
        try statement.execute(arguments: [sequence, version])
        state.liveVersion = nil
        touch(TimelinePair(party: state.party, topic: state.topic), day: Day(yyyymmdd: state.validEnd))
    }

    private mutating func touch(_ pair: TimelinePair, day: Day) {
        cost.versionsWritten += 1
        touched[pair, default: []].insert(day)
    }

    private mutating func articleExtraction(_ article: String) throws -> String? {
        if let known = articleExtractions[article] { return known }
        let statement = try db.cachedStatement(sql: "SELECT extraction FROM timeline_articles WHERE article_id = ?")
        let key = try String?.fetchOne(statement, arguments: [article]) ?? nil
        articleExtractions[article] = .some(key)
        return key
    }

    private mutating func setArticleExtraction(_ article: String, to key: String?) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO timeline_articles (article_id, extraction) VALUES (?, ?)")
        try statement.execute(arguments: [article, key])
        articleExtractions[article] = .some(key)
    }
}
