import Foundation
import GRDB
import StanceLogCore
import StanceLogTimeline
import StanceLogSQLite
import StanceLogTesting

/// A fresh in-memory log with the projections attached, and short ways to write hand-made events.
struct TestLog {
    let store: SQLiteEventStore
    let engine: ProjectionEngine
    let queries: StanceQueries

    init(batchSize: Int = 20_000, clock: SteppingClock = SteppingClock()) throws {
        store = try SQLiteEventStore.inMemory(clock: { clock.now() })
        engine = try ProjectionEngine(database: store.database, batchSize: batchSize)
        queries = StanceQueries(store: store)
    }

    static let rules1 = ExtractorIdentity(name: "rules", version: "1.0.0", codebook: "ukraine@1")
    static let rules2 = ExtractorIdentity(name: "rules", version: "2.0.0", codebook: "ukraine@1")

    static func article(_ name: String, published: String = "2025-02-12", extractor: ExtractorIdentity? = nil)
        -> ArticleIngested
    {
        ArticleIngested(
            articleID: SampleEvents.articleID(name), title: name, outlet: nil, url: nil,
            published: PartialDate(published) ?? PartialDate(year: 2025)!, dateSource: .option, dateNote: nil,
            sourceName: "\(name).txt", extractor: extractor, language: "de", text: name)
    }

    static func statement(
        _ article: String, _ party: PartyID, _ topic: TopicID, _ stance: Int, date: String,
        attribution: Attribution = .direct, extractor: ExtractorIdentity? = nil, evidence: String? = nil,
        speaker: String? = nil
    ) -> PositionStated {
        let articleID = SampleEvents.articleID(article)
        return PositionStated(
            statementID: StatementID.derived(from: [
                articleID.rawValue, extractor?.key ?? "analyst", party.rawValue, topic.rawValue, "\(stance)", date,
                attribution.rawValue,
            ]),
            articleID: articleID, party: party, topic: topic, stance: Stance(stance)!, attribution: attribution,
            speaker: speaker, evidence: [EvidenceSpan(text: evidence ?? "\(party) \(topic) \(stance) on \(date).")],
            validDate: PartialDate(date)!, origin: extractor == nil ? .analyst : .extractor, extractor: extractor,
            confidence: extractor == nil ? nil : 0.9)
    }

    /// Appends events to the streams of their articles.
    @discardableResult
    func append(_ events: DomainEvent...) async throws -> [RecordedEvent] {
        try await append(events)
    }

    @discardableResult
    func append(_ events: [DomainEvent]) async throws -> [RecordedEvent] {
        try await store.append(
            events.map { StreamAppend(stream: .article($0.articleID), expectedVersion: .any, events: [$0]) })
    }

    /// Appends an article and its statements.
    @discardableResult
    func ingest(_ article: ArticleIngested, _ statements: [PositionStated] = []) async throws -> [RecordedEvent] {
        try await append([.articleIngested(article)] + statements.map(DomainEvent.positionStated))
    }

    func correct(_ statement: PositionStated, stance: Int? = nil, topic: TopicID? = nil, date: String? = nil,
        evidence: String? = nil) async throws
    {
        try await append(
            .statementCorrected(
                StatementCorrected(
                    statementID: statement.statementID, articleID: statement.articleID, topic: topic,
                    stance: stance.map { Stance($0)! }, evidence: evidence.map { [EvidenceSpan(text: $0)] },
                    validDate: date.flatMap(PartialDate.init), reason: "test")))
    }

    func retract(_ statement: PositionStated) async throws {
        try await append(
            .statementRetracted(
                StatementRetracted(statementID: statement.statementID, articleID: statement.articleID, reason: "test")))
    }

    /// Catches up, then returns the stance timeline projection's digest.
    func caughtUpDigest() async throws -> String {
        try await engine.catchUp()
        return try await engine.digest(of: StanceTimelineProjection())
    }

    func rebuiltDigest() async throws -> String {
        guard let digest = try await engine.rebuild(StanceTimelineProjection()).digest else {
            throw StanceLogError(.storage, "a rebuild returned no digest")
        }
        return digest
    }

    func timeline(_ party: PartyID, _ topic: TopicID, asOf: AsOf? = nil) async throws -> [TimelinePoint] {
        try await engine.catchUp()
        return try await queries.timeline(party: party, topic: topic, asOf: asOf)
    }

    func stance(_ party: PartyID, _ topic: TopicID, at date: String, asOf: AsOf? = nil) async throws -> Int? {
        try await engine.catchUp()
        let cells = try await queries.state(
            at: PartialDate(date)!, asOf: asOf, filter: StanceFilter(parties: [party], topics: [topic]))
        return cells.first?.reading.stance?.value
    }
}
