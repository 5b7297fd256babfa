import Foundation
import GRDB
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import Testing

/// Every payload field that SQL reads itself (``PayloadReads``) equals what the Swift decoding
/// (`EventCodec`, with the upcasters) reads, over the current seeds log and the version-1 fixture.
@Suite struct PayloadReadTests {
    static let logs = [
        Fixtures.packageRoot.appendingPathComponent("events/seeds.jsonl"), Fixtures.seedsVersionOneLog,
    ]

    /// The log of `file` in memory, with an analyst's correction appended so that corrections are read too.
    private func store(_ file: URL) async throws -> SQLiteEventStore {
        let store = try SQLiteEventStore.inMemory()
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").filter { ExportTrailer(line: $0) == nil }
        try await store.importRecorded(
            lines.enumerated().map { try JSONLinesExchange.event(fromLine: $1, lineNumber: $0 + 1) })
        let statement = try #require(try await store.read(EventQuery(limit: 1, types: [.positionStated])).first)
        guard case .positionStated(let stated) = try statement.decoded() else { throw StanceLogError(.notFound, "no statement") }
        try await store.append([
            StreamAppend(
                stream: statement.stream, expectedVersion: .any,
                events: [
                    .statementCorrected(
                        StatementCorrected(
                            statementID: stated.statementID, articleID: stated.articleID, speaker: "Analyst",
                            evidence: [EvidenceSpan(text: "Erster Satz."), EvidenceSpan(text: "Zweiter Satz.")],
                            reason: "test")),
                    .statementCorrected(
                        StatementCorrected(
                            statementID: stated.statementID, articleID: stated.articleID, stance: Stance(0), reason: "test")),
                ])
        ])
        _ = try ProjectionEngine(store: store)  // registers the SQL functions of the rules
        return store
    }

    @Test(arguments: logs)
    func articleFieldsReadInSQLEqualTheDecodedArticle(_ file: URL) async throws {
        let store = try await store(file)
        let articles = try await store.read(EventQuery(types: [.articleIngested]))
        #expect(articles.count == 5)
        for event in articles {
            guard case .articleIngested(let article) = try event.decoded() else { continue }
            let row = try #require(
                try store.database.read { db in
                    try Row.fetchOne(
                        db, sql: "SELECT \(PayloadReads.extractorKey), \(PayloadReads.catalogFields) FROM events WHERE seq = ?",
                        arguments: [event.sequence])
                })
            #expect(row[0] as String? == article.extractor?.key)
            #expect(row[1] as String? == article.title)
            #expect(row[2] as String? == article.outlet)
            #expect(row[3] as String? == article.url)
        }
    }

    @Test(arguments: logs)
    func evidenceFieldsReadInSQLEqualTheDecodedStatementsAndCorrections(_ file: URL) async throws {
        let store = try await store(file)
        let events = try await store.read(EventQuery(types: [.positionStated, .statementCorrected]))
        #expect(events.count > 2)
        for event in events {
            let expected: (speaker: String?, evidence: [EvidenceSpan]?)
            switch try event.decoded() {
            case .positionStated(let stated): expected = (stated.speaker, stated.evidence)
            case .statementCorrected(let corrected): expected = (corrected.speaker, corrected.evidence)
            default: continue
            }
            let row = try #require(
                try store.database.read { db in
                    try Row.fetchOne(
                        db, sql: "SELECT \(PayloadReads.evidenceFields) FROM events WHERE seq = ?", arguments: [event.sequence])
                })
            #expect(row[0] as Bool == (expected.speaker != nil), "event \(event.sequence)")
            #expect(row[1] as String? == expected.speaker, "event \(event.sequence)")
            #expect(row[2] as Bool == (expected.evidence != nil), "event \(event.sequence)")
            #expect(row[3] as String? == expected.evidence.map { $0.map(\.text).joined(separator: " … ") }, "event \(event.sequence)")
        }
    }
}
