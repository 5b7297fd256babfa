/// Checks that each event of a log makes sense where it stands, beyond its hash.
///
/// A hash chain proves that nobody changed the events after they were chained;
/// it says nothing about a file someone wrote, rehashed and offered to `import`,
/// or rows written behind the tool's back. So `import` and `verify` also check,
/// event by event in sequence order:
///
/// - each article stream begins with its one `ArticleIngested`, and has no second one;
/// - a statement id belongs to one article (re-extraction may find the same
///   extracted statement again in its own article);
/// - a correction or retraction names an existing statement of its article that
///   is not retracted;
/// - an article is withdrawn only while it counts, and restored only while withdrawn
///   (no second withdrawal, no restoring an article never withdrawn or already restored);
/// - parties and topics are in the codebook the article was read with (see ``LogVocabulary``);
/// - record times are not later than `now` plus ``RecordTime/futureTolerance``.
///
/// Memory: one entry per article and per statement id.
public struct HistoryValidator: Sendable {
    private struct Statement: Sendable {
        let article: ArticleID
        let extraction: String?
        var retracted = false
    }

    private let vocabulary: LogVocabulary
    private let latest: RecordTime
    private let clockName: String
    /// The codebook of each article's current extraction (nil when it named none).
    private var articles: [ArticleID: String?] = [:]
    private var statements: [StatementID: Statement] = [:]
    private var withdrawn: Set<ArticleID> = []

    /// - Parameters:
    ///   - vocabulary: the codebooks to check parties and topics against.
    ///   - now: the current time of `clockName`.
    ///   - clockName: the clock in messages (`this machine's clock`).
    public init(vocabulary: LogVocabulary = LogVocabulary(), now: RecordTime, clockName: String = RecordTime.clockName) {
        self.vocabulary = vocabulary
        latest = RecordTime(milliseconds: now.milliseconds + RecordTime.futureTolerance)
        self.clockName = "\(clockName) (\(now))"
    }

    /// Records `event` and says why it makes no sense where it stands, or nil when it does.
    ///
    /// Call it for every event in sequence order, after its hash and stream were
    /// checked; `decoded` is the event's payload.
    public mutating func problem(with event: RecordedEvent, decoded: DomainEvent) -> String? {
        if event.recordedAt > latest {
            return "recorded at \(event.recordedAt), more than \(RecordTime.futureTolerance / 60_000) minutes after \(clockName)"
        }
        let article = decoded.articleID
        if case .articleIngested(let ingested) = decoded {
            if articles[article] != nil { return "a second ArticleIngested for article \(article.short)" }
            articles[article] = .some(ingested.extractor?.codebook)
            return nil
        }
        guard let codebook = articles[article] else {
            return "\(event.type.rawValue) comes before the ArticleIngested of article \(article.short)"
        }
        switch decoded {
        case .articleIngested:
            return nil
        case .positionStated(let stated):
            if let earlier = statements[stated.statementID] {
                guard earlier.article == article else {
                    return "statement \(stated.statementID) already belongs to article \(earlier.article.short)"
                }
                guard earlier.extraction != nil, earlier.extraction == stated.extractor?.key else {
                    return "statement \(stated.statementID) is stated twice"
                }
            }
            let analyst = stated.origin == .analyst
            if let problem = vocabulary.problem(
                party: stated.party, topic: stated.topic, codebook: analyst ? codebook : stated.extractor?.codebook,
                analyst: analyst)
            {
                return problem
            }
            statements[stated.statementID] = Statement(article: article, extraction: stated.extractor?.key)
            return nil
        case .statementCorrected(let corrected):
            if let problem = amendable(corrected.statementID, in: article, action: "corrects") { return problem }
            return vocabulary.problem(party: corrected.party, topic: corrected.topic, codebook: codebook, analyst: true)
        case .statementRetracted(let retracted):
            if let problem = amendable(retracted.statementID, in: article, action: "retracts") { return problem }
            statements[retracted.statementID]?.retracted = true
            return nil
        case .extractionSuperseded(let superseded):
            articles[article] = .some(superseded.current.codebook)
            return nil
        case .articleWithdrawn:
            guard withdrawn.insert(article).inserted else { return "withdraws article \(article.short), which was already withdrawn" }
            return nil
        case .articleRestored:
            guard withdrawn.remove(article) != nil else {
                return "restores article \(article.short), which is not withdrawn (never withdrawn, or already restored)"
            }
            return nil
        }
    }

    private func amendable(_ id: StatementID, in article: ArticleID, action: String) -> String? {
        guard let statement = statements[id] else { return "\(action) statement \(id), which does not exist" }
        guard statement.article == article else {
            return "\(action) statement \(id) of article \(statement.article.short) from article \(article.short)"
        }
        if statement.retracted { return "\(action) statement \(id), which was retracted" }
        return nil
    }
}
