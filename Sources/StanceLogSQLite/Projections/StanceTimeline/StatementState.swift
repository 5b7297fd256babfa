import GRDB
import StanceLogCore
import StanceLogTimeline

/// The current knowledge of one statement, as the fold keeps it in `timeline_statements`.
struct StatementState: Hashable, Sendable {
    let statementID: String
    let articleID: String
    /// The extractor key; nil for analyst statements.
    let extraction: String?
    var party: String
    var topic: String
    var stance: Int
    var attribution: String
    var validDate: String
    var validStart: Int
    var validEnd: Int
    var corrected: Bool
    var retracted: Bool
    /// The row id of the open version in `statement_versions`; nil while the statement does not count.
    var liveVersion: Int64?

    /// Whether the statement counts given its article's current extraction key (``StatementCounting``).
    func counts(articleExtraction: String?) -> Bool {
        StatementCounting.counts(
            extraction: extraction, corrected: corrected, retracted: retracted, articleExtraction: articleExtraction)
    }

    /// Whether the statement outranks extracted ones: an analyst's, or corrected by one (``StatementCounting``).
    var reviewed: Bool { StatementCounting.isReviewed(extraction: extraction, corrected: corrected) }

    static let columns =
        "statement_id, article_id, extraction, party, topic, stance, attribution, valid_date, valid_start, valid_end, "
        + "corrected, retracted, live_version"

    static func load(_ id: String, in db: Database) throws -> StatementState? {
        let statement = try db.cachedStatement(
            sql: "SELECT \(columns) FROM timeline_statements WHERE statement_id = ?")
        return try Row.fetchOne(statement, arguments: [id]).map(StatementState.init(row:))
    }

    static func extracted(ofArticle article: String, in db: Database) throws -> [StatementState] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT \(columns) FROM timeline_statements
                WHERE article_id = ? AND extraction IS NOT NULL ORDER BY statement_id
                """)
        return try Row.fetchAll(statement, arguments: [article]).map(StatementState.init(row:))
    }

    /// Every statement of `article`, extracted or an analyst's (a scan: only a withdrawal asks).
    static func all(ofArticle article: String, in db: Database) throws -> [StatementState] {
        let statement = try db.cachedStatement(
            sql: "SELECT \(columns) FROM timeline_statements WHERE article_id = ? ORDER BY statement_id")
        return try Row.fetchAll(statement, arguments: [article]).map(StatementState.init(row:))
    }

    init(
        statementID: String, articleID: String, extraction: String?, party: String, topic: String, stance: Int,
        attribution: String, validDate: String, validStart: Int, validEnd: Int
    ) {
        self.statementID = statementID
        self.articleID = articleID
        self.extraction = extraction
        self.party = party
        self.topic = topic
        self.stance = stance
        self.attribution = attribution
        self.validDate = validDate
        self.validStart = validStart
        self.validEnd = validEnd
        corrected = false
        retracted = false
        liveVersion = nil
    }

    private init(row: Row) {
        statementID = row[0]
        articleID = row[1]
        extraction = row[2]
        party = row[3]
        topic = row[4]
        stance = row[5]
        attribution = row[6]
        validDate = row[7]
        validStart = row[8]
        validEnd = row[9]
        corrected = row[10]
        retracted = row[11]
        liveVersion = row[12]
    }

    /// Inserts the statement unless its id is already known.
    ///
    /// - Returns: false when a statement with this id existed (nothing was written).
    func insertIfNew(in db: Database) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO timeline_statements (\(Self.columns)) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
        try statement.execute(arguments: arguments)
        return db.changesCount > 0
    }

    func insert(in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO timeline_statements (\(Self.columns)) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
        try statement.execute(arguments: arguments)
    }

    private var arguments: StatementArguments {
        [
            statementID, articleID, extraction, party, topic, stance, attribution, validDate, validStart, validEnd,
            corrected, retracted, liveVersion,
        ]
    }
}
