public import StanceLogCore

/// Logs that chain and hash correctly but make no sense: what someone could
/// rehash and offer to `import`, or write behind the tool's back.
///
/// Each kind must be refused by the validation `import` and `verify` run
/// (``ChainVerifier`` with a ``HistoryValidator``), at ``firstBadEvent``; the
/// `sound` kind must pass, so the check cannot pass by refusing everything.
public enum CraftedLog: String, CaseIterable, Sendable {
    case sound
    case statementBeforeItsArticle
    case statementWithoutArticle
    case correctionOfAMissingStatement
    case correctionAfterRetraction
    case doubleRetraction
    case statementIDInAnotherArticle
    case partyOutsideTheCodebook
    case markupAsParty
    case topicOutsideTheCodebook
    case secondArticleIngested
    case recordTimeInTheFuture

    /// The sequence number of the first event validation must refuse; nil for `sound`.
    public var firstBadEvent: Int64? {
        switch self {
        case .sound: nil
        case .statementBeforeItsArticle, .statementWithoutArticle: 1
        case .correctionOfAMissingStatement, .partyOutsideTheCodebook, .markupAsParty,
            .topicOutsideTheCodebook, .secondArticleIngested:
            2
        case .recordTimeInTheFuture: 3
        case .correctionAfterRetraction, .doubleRetraction, .statementIDInAnotherArticle: 4
        }
    }

    /// The events, chained and hashed, recorded from `start` on, one second apart.
    ///
    /// - Parameters:
    ///   - codebook: the identity the articles were read with (`ukraine@2025.12`).
    ///   - party: a party and `topic` a topic of that codebook.
    public func events(start: RecordTime, codebook: String, party: PartyID, topic: TopicID) throws -> [RecordedEvent] {
        let first = try Self.article("Erster Artikel über Verhandlungen.", codebook: codebook)
        let second = try Self.article("Zweiter Artikel über Verhandlungen.", codebook: codebook)
        let stated = try Self.statement(in: first, party: party, topic: topic, codebook: codebook)
        let retraction = DomainEvent.statementRetracted(
            StatementRetracted(statementID: stated.statementID, articleID: first.articleID, reason: "falsch"))
        var sequence: [(ArticleIngested, DomainEvent)]
        switch self {
        case .sound:
            sequence = [(first, .articleIngested(first)), (first, .positionStated(stated)), (first, retraction)]
        case .statementBeforeItsArticle:
            sequence = [(first, .positionStated(stated)), (first, .articleIngested(first))]
        case .statementWithoutArticle:
            sequence = [(first, .positionStated(stated))]
        case .correctionOfAMissingStatement:
            sequence = [
                (first, .articleIngested(first)),
                (first, .statementCorrected(StatementCorrected(statementID: stated.statementID, articleID: first.articleID, stance: Stance(-1), reason: "x"))),
            ]
        case .correctionAfterRetraction:
            sequence = [
                (first, .articleIngested(first)), (first, .positionStated(stated)), (first, retraction),
                (first, .statementCorrected(StatementCorrected(statementID: stated.statementID, articleID: first.articleID, stance: Stance(-1), reason: "x"))),
            ]
        case .doubleRetraction:
            sequence = [(first, .articleIngested(first)), (first, .positionStated(stated)), (first, retraction), (first, retraction)]
        case .statementIDInAnotherArticle:
            let reused = try Self.statement(in: second, party: party, topic: topic, codebook: codebook, id: stated.statementID)
            sequence = [
                (first, .articleIngested(first)), (first, .positionStated(stated)), (second, .articleIngested(second)),
                (second, .positionStated(reused)),
            ]
        case .partyOutsideTheCodebook:
            sequence = [(first, .articleIngested(first)), (first, .positionStated(try Self.statement(in: first, party: "XX", topic: topic, codebook: codebook)))]
        case .markupAsParty:
            sequence = [(first, .articleIngested(first)), (first, .positionStated(try Self.statement(in: first, party: "<b>XX</b>", topic: topic, codebook: codebook)))]
        case .topicOutsideTheCodebook:
            sequence = [(first, .articleIngested(first)), (first, .positionStated(try Self.statement(in: first, party: party, topic: "weather", codebook: codebook)))]
        case .secondArticleIngested:
            sequence = [(first, .articleIngested(first)), (first, .articleIngested(first))]
        case .recordTimeInTheFuture:
            sequence = [(first, .articleIngested(first)), (first, .positionStated(stated)), (first, retraction)]
            return try Self.seal(sequence, start: start, futureAt: 2)
        }
        return try Self.seal(sequence, start: start, futureAt: nil)
    }

    /// Chains `sequence` with gapless stream versions; from index `futureAt` on, record time is in the year 2999.
    private static func seal(_ sequence: [(ArticleIngested, DomainEvent)], start: RecordTime, futureAt: Int?) throws -> [RecordedEvent] {
        var previous = EventChain.genesisHash
        var versions: [StreamID: Int] = [:]
        var sealed: [RecordedEvent] = []
        let future = RecordTime(iso8601: "2999-01-01T00:00:00Z") ?? start
        for (index, (article, event)) in sequence.enumerated() {
            let stream = StreamID.article(article.articleID)
            let version = versions[stream, default: 0] + 1
            versions[stream] = version
            let time = futureAt.map { index >= $0 } == true ? future : RecordTime(milliseconds: start.milliseconds + Int64(index) * 1000)
            let recorded = try RecordedEvent.seal(
                event, sequence: Int64(index + 1), stream: stream, streamVersion: version, recordedAt: time, previousHash: previous)
            previous = recorded.hash
            sealed.append(recorded)
        }
        return sealed
    }

    private static func article(_ text: String, codebook: String) throws -> ArticleIngested {
        guard let normalized = NormalizedText(text), let published = PartialDate(year: 2025) else {
            throw StanceLogError(.invalidInput, "the crafted article '\(text)' is not an article")
        }
        return ArticleIngested(
            articleID: ArticleID(of: normalized), title: text, outlet: nil, url: nil, published: published,
            dateSource: .option, dateNote: nil, sourceName: "crafted.txt",
            extractor: ExtractorIdentity(name: "rules", version: "crafted", codebook: codebook), language: "de", text: text)
    }

    private static func statement(
        in article: ArticleIngested, party: PartyID, topic: TopicID, codebook: String, id: StatementID? = nil
    ) throws -> PositionStated {
        guard let stance = Stance(1) else { throw StanceLogError(.invalidInput, "stance +1 is off the scale") }
        return PositionStated(
            statementID: id ?? StatementID.derived(from: [article.articleID.rawValue, party.rawValue, topic.rawValue]),
            articleID: article.articleID, party: party, topic: topic, stance: stance, attribution: .direct, speaker: nil,
            evidence: [EvidenceSpan(text: article.text)], validDate: article.published, origin: .extractor,
            extractor: ExtractorIdentity(name: "rules", version: "crafted", codebook: codebook), confidence: 0.9)
    }
}
