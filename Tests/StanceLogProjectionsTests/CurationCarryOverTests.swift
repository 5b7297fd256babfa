import Foundation
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import StanceLogTimeline
import Testing

/// Retractions and corrections outlive re-extraction: the rule of ``CurationCarryOver`` in the SQLite fold.
@Suite struct CurationCarryOverTests {
    private static let parties: [PartyID] = ["US", "RU", "UA"]
    private static let topics: [TopicID] = ["territory", "nato_membership", "security_guarantees"]

    /// The statements an extractor of `version` finds in `article`: the same sentences with (mostly)
    /// the same party and topic, the stance and the set of sentences found varying by version.
    private static func extraction(of article: String, version: Int) -> [PositionStated] {
        var random = SplitMix64(seed: UInt64(version) &* 7919 &+ article.utf8.reduce(UInt64(0)) { $0 &* 31 &+ UInt64($1) })
        let extractor = ExtractorIdentity(name: "rules", version: "\(version)", codebook: "ukraine@1")
        return (0..<4).compactMap { sentence in
            guard Int.random(in: 0..<5, using: &random) > 0 else { return nil }
            let party = parties[sentence % parties.count]
            let topic = Int.random(in: 0..<6, using: &random) == 0 ? topics[2] : topics[sentence % 2]
            return TestLog.statement(
                article, party, topic, Int.random(in: -2...2, using: &random), date: "2025-02-1\(sentence)",
                extractor: extractor, evidence: "Satz \(sentence) von \(article).")
        }
    }

    /// Appends the extraction of `article` by `version` and its `ExtractionSuperseded`; returns the new statements.
    private static func reextract(_ article: String, from previous: Int, to version: Int, in log: TestLog) async throws
        -> [PositionStated]
    {
        let statements = extraction(of: article, version: version)
        try await log.append(
            statements.map(DomainEvent.positionStated) + [
                .extractionSuperseded(
                    ExtractionSuperseded(
                        articleID: SampleEvents.articleID(article),
                        previous: ExtractorIdentity(name: "rules", version: "\(previous)", codebook: "ukraine@1"),
                        current: ExtractorIdentity(name: "rules", version: "\(version)", codebook: "ukraine@1"),
                        statementCount: statements.count))
            ])
        return statements
    }

    private static func claim(_ statement: PositionStated) -> Claim {
        Claim(
            party: statement.party.rawValue, topic: statement.topic.rawValue,
            evidence: statement.evidence.map(\.text))
    }

    /// Every statement that counts now, by id.
    private func counting(_ log: TestLog) async throws -> Set<StatementID> {
        try await log.engine.catchUp()
        var ids: Set<StatementID> = []
        for party in Self.parties {
            for topic in Self.topics {
                for record in try await log.queries.statements(party: party, topic: topic) {
                    ids.insert(record.statementID)
                }
            }
        }
        return ids
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func aCuratedClaimNeverComesBackWhateverReextractionDoes(seed: UInt64) async throws {
        let log = try TestLog()
        var random = SplitMix64(seed: seed)
        let articles = ["a-\(seed)", "b-\(seed)"]
        var versions: [String: Int] = [:]
        var stated: [StatementID: PositionStated] = [:]
        var retracted: [PositionStated] = []
        var corrected: [StatementID: CuratedClaim] = [:]
        for article in articles {
            let statements = Self.extraction(of: article, version: 1)
            statements.forEach { stated[$0.statementID] = $0 }
            try await log.ingest(
                TestLog.article(article, extractor: ExtractorIdentity(name: "rules", version: "1", codebook: "ukraine@1")),
                statements)
            versions[article] = 1
        }
        for _ in 0..<25 {
            let article = articles.randomElement(using: &random)!
            let live = try await counting(log).compactMap { stated[$0] }.filter {
                $0.articleID == SampleEvents.articleID(article) && corrected[$0.statementID] == nil
            }.sorted { $0.statementID < $1.statementID }
            switch Int.random(in: 0..<3, using: &random) {
            case 0:
                let next = Int.random(in: 1...4, using: &random)
                guard next != versions[article] else { continue }
                try await Self.reextract(article, from: versions[article]!, to: next, in: log)
                    .forEach { stated[$0.statementID] = $0 }
                versions[article] = next
            case 1:
                guard let target = live.randomElement(using: &random) else { continue }
                try await log.retract(target)
                retracted.append(target)
            default:
                guard let target = live.randomElement(using: &random) else { continue }
                let topic = Self.topics.randomElement(using: &random)!
                try await log.correct(target, stance: Int.random(in: -2...2, using: &random), topic: topic)
                corrected[target.statementID] = CuratedClaim(
                    statementID: target.statementID.rawValue, retracted: false, extracted: Self.claim(target),
                    party: target.party.rawValue, topic: topic.rawValue)
            }
            let now = try await counting(log)
            for statement in now.compactMap({ stated[$0] }) where corrected[statement.statementID] == nil {
                for gone in retracted where gone.articleID == statement.articleID {
                    #expect(!Self.claim(gone).saysTheSame(as: Self.claim(statement)), "retracted claim came back")
                }
                for curation in corrected.values {
                    guard stated[StatementID(rawValue: curation.statementID)]?.articleID == statement.articleID
                    else { continue }
                    #expect(!curation.covers(Self.claim(statement)), "a corrected claim counts twice")
                }
            }
            for id in corrected.keys where !retracted.contains(where: { $0.statementID == id }) {
                #expect(now.contains(id), "a corrected statement stopped counting")
            }
        }
        #expect(try await log.caughtUpDigest() == log.rebuiltDigest())
    }

    /// Random re-extractions, retractions and corrections with withdrawals and restorations in between:
    /// a withdrawn article counts nothing, a restored one counts what it counted before its withdrawal,
    /// and the fold folded in steps equals a rebuild.
    @Test(arguments: [UInt64(11), 12, 13, 14, 15, 16])
    func aRestoredArticleCountsWhatItCountedBeforeItsWithdrawal(seed: UInt64) async throws {
        let log = try TestLog()
        var random = SplitMix64(seed: seed)
        let name = "w-\(seed)"
        let article = SampleEvents.articleID(name)
        var stated: [StatementID: PositionStated] = [:]
        var version = 1
        Self.extraction(of: name, version: 1).forEach { stated[$0.statementID] = $0 }
        try await log.ingest(
            TestLog.article(name, extractor: ExtractorIdentity(name: "rules", version: "1", codebook: "ukraine@1")),
            Self.extraction(of: name, version: 1))
        var beforeWithdrawal: Set<StatementID>?
        for _ in 0..<30 {
            let live = try await counting(log).filter { stated[$0]?.articleID == article }
            if let before = beforeWithdrawal {
                #expect(live.isEmpty, "a withdrawn article's statement counts")
                guard Int.random(in: 0..<2, using: &random) == 0 else { continue }
                _ = try await log.append(.articleRestored(ArticleRestored(articleID: article, reason: "r")))
                #expect(try await counting(log).filter { stated[$0]?.articleID == article } == before)
                beforeWithdrawal = nil
                continue
            }
            let target = live.sorted().randomElement(using: &random).flatMap { stated[$0] }
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                let next = Int.random(in: 1...3, using: &random)
                guard next != version else { continue }
                try await Self.reextract(name, from: version, to: next, in: log).forEach { stated[$0.statementID] = $0 }
                version = next
            case 1:
                guard let target else { continue }
                try await log.retract(target)
            case 2:
                guard let target else { continue }
                try await log.correct(target, stance: Int.random(in: -2...2, using: &random))
            default:
                beforeWithdrawal = live
                _ = try await log.append(.articleWithdrawn(ArticleWithdrawn(articleID: article, reason: "w")))
            }
        }
        #expect(try await log.caughtUpDigest() == log.rebuiltDigest())
    }

    @Test func retractAndCorrectTopicSurviveTwoReextractions() async throws {
        let log = try TestLog()
        let v1 = ExtractorIdentity(name: "rules", version: "1", codebook: "ukraine@1")
        let v2 = ExtractorIdentity(name: "rules", version: "1", codebook: "ukraine@2")
        let wrong = TestLog.statement("x", "RU", "territory", -2, date: "2025-02-12", extractor: v1, evidence: "Satz A.")
        let misfiled = TestLog.statement("x", "US", "territory", 1, date: "2025-02-12", extractor: v1, evidence: "Satz B.")
        try await log.ingest(TestLog.article("x", extractor: v1), [wrong, misfiled])
        try await log.retract(wrong)
        try await log.correct(misfiled, topic: "security_guarantees")
        let curated = try await log.timeline("US", "security_guarantees")
        // The new codebook finds both sentences again, with other stances (other statement ids).
        let again = [
            TestLog.statement("x", "RU", "territory", -1, date: "2025-02-12", extractor: v2, evidence: "Satz A."),
            TestLog.statement("x", "US", "territory", 2, date: "2025-02-12", extractor: v2, evidence: "Satz  B. "),
        ]
        try await log.append(
            again.map(DomainEvent.positionStated) + [
                .extractionSuperseded(ExtractionSuperseded(articleID: wrong.articleID, previous: v1, current: v2, statementCount: 2))
            ])
        #expect(try await log.timeline("RU", "territory").isEmpty)
        #expect(try await log.timeline("US", "territory").isEmpty)
        #expect(try await log.timeline("US", "security_guarantees") == curated)
        // Back to the bundled codebook: the original statement ids return.
        try await log.append(
            [wrong, misfiled].map(DomainEvent.positionStated) + [
                .extractionSuperseded(ExtractionSuperseded(articleID: wrong.articleID, previous: v2, current: v1, statementCount: 2))
            ])
        #expect(try await log.timeline("RU", "territory").isEmpty)
        #expect(try await log.timeline("US", "territory").isEmpty)
        #expect(try await log.timeline("US", "security_guarantees") == curated)
        #expect(try await log.caughtUpDigest() == log.rebuiltDigest())
    }

    @Test func retractingASupersededStatementAbsorbsItsLiveTwin() async throws {
        let log = try TestLog()
        let v1 = ExtractorIdentity(name: "rules", version: "1", codebook: "ukraine@1")
        let v2 = ExtractorIdentity(name: "rules", version: "2", codebook: "ukraine@1")
        let old = TestLog.statement("y", "RU", "territory", -2, date: "2025-02-12", extractor: v1, evidence: "Satz A.")
        let new = TestLog.statement("y", "RU", "territory", -1, date: "2025-02-12", extractor: v2, evidence: "Satz A.")
        try await log.ingest(TestLog.article("y", extractor: v1), [old])
        try await log.append([
            .positionStated(new),
            .extractionSuperseded(ExtractionSuperseded(articleID: old.articleID, previous: v1, current: v2, statementCount: 1)),
        ])
        #expect(try await log.timeline("RU", "territory").count == 1)
        try await log.retract(old)
        #expect(try await log.timeline("RU", "territory").isEmpty)
        // As of before the retraction, the twin still counted.
        #expect(try await log.timeline("RU", "territory", asOf: .sequence(3)).count == 1)
        #expect(try await log.caughtUpDigest() == log.rebuiltDigest())
    }

    @Test func aWithdrawnArticleStopsCountingButStaysKnowableAsOfBefore() async throws {
        let log = try TestLog()
        let extracted = TestLog.statement("w", "RU", "territory", -2, date: "2025-02-12", extractor: TestLog.rules1)
        let analyst = TestLog.statement("w", "UA", "territory", 1, date: "2025-02-12")
        let ingested = try await log.ingest(TestLog.article("w", extractor: TestLog.rules1), [extracted, analyst])
        try await log.append(.articleWithdrawn(ArticleWithdrawn(articleID: extracted.articleID, reason: "not an article")))
        #expect(try await log.timeline("RU", "territory").isEmpty)
        #expect(try await log.timeline("UA", "territory").isEmpty)
        #expect(try await log.queries.articles(asOf: nil).isEmpty)
        let before = AsOf.sequence(ingested.last!.sequence)
        #expect(try await log.timeline("RU", "territory", asOf: before).count == 1)
        #expect(try await log.caughtUpDigest() == log.rebuiltDigest())
    }
}
