import StanceLogCore
import StanceLogTesting

/// Random but reproducible logs: articles, extracted and analyst statements,
/// corrections, retractions and re-extractions, as a list of event groups to append.
struct RandomLog {
    let groups: [[DomainEvent]]

    private static let parties: [PartyID] = ["US", "RU", "UA"]
    private static let topics: [TopicID] = ["territory", "nato_membership"]
    private static let dates = ["2023", "2024-06", "2024-06-30", "2025-02", "2025-02-12", "2025-02-28", "2025-12-06"]

    init(seed: UInt64, operations: Int) {
        var random = SplitMix64(seed: seed)
        var groups: [[DomainEvent]] = []
        var articles: [(name: String, extractor: ExtractorIdentity)] = []
        var statements: [PositionStated] = []
        func randomStatement(_ article: String, extractor: ExtractorIdentity?) -> PositionStated {
            TestLog.statement(
                article, Self.parties.randomElement(using: &random)!, Self.topics.randomElement(using: &random)!,
                Int.random(in: -2...2, using: &random), date: Self.dates.randomElement(using: &random)!,
                attribution: Attribution.allCases.randomElement(using: &random)!, extractor: extractor)
        }
        for index in 0..<operations {
            let choice = articles.isEmpty ? 0 : Int.random(in: 0..<10, using: &random)
            switch choice {
            case 0...3:
                let name = "article-\(seed)-\(index)"
                let extractor = TestLog.rules1
                let stated = (0..<Int.random(in: 0...3, using: &random)).map { _ in randomStatement(name, extractor: extractor) }
                articles.append((name, extractor))
                statements += stated
                groups.append(
                    [.articleIngested(TestLog.article(name, published: Self.dates.randomElement(using: &random)!, extractor: extractor))]
                        + stated.map(DomainEvent.positionStated))
            case 4, 5:
                let article = articles.randomElement(using: &random)!
                let stated = randomStatement(article.name, extractor: nil)
                statements.append(stated)
                groups.append([.positionStated(stated)])
            case 6, 7:
                guard let target = statements.randomElement(using: &random) else { continue }
                groups.append([
                    .statementCorrected(
                        StatementCorrected(
                            statementID: target.statementID, articleID: target.articleID,
                            party: Bool.random(using: &random) ? Self.parties.randomElement(using: &random) : nil,
                            stance: Stance(Int.random(in: -2...2, using: &random)),
                            validDate: Bool.random(using: &random) ? PartialDate(Self.dates.randomElement(using: &random)!) : nil,
                            reason: "random"))
                ])
            case 8:
                guard let target = statements.randomElement(using: &random) else { continue }
                groups.append([
                    .statementRetracted(
                        StatementRetracted(statementID: target.statementID, articleID: target.articleID, reason: "random"))
                ])
            default:
                let position = Int.random(in: 0..<articles.count, using: &random)
                let article = articles[position]
                let next = ExtractorIdentity(name: "rules", version: "\(index)", codebook: "ukraine@1")
                let stated = (0..<Int.random(in: 0...2, using: &random)).map { _ in randomStatement(article.name, extractor: next) }
                statements += stated
                articles[position] = (article.name, next)
                groups.append(
                    stated.map(DomainEvent.positionStated) + [
                        .extractionSuperseded(
                            ExtractionSuperseded(
                                articleID: SampleEvents.articleID(article.name), previous: article.extractor,
                                current: next, statementCount: stated.count))
                    ])
            }
        }
        self.groups = groups
    }
}
